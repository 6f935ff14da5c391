# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class GetInitImageByIDInitImagesByPk(BaseModel):
    """columns and relationships of "init_images\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"created_at", "url"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: Optional[str] = None
    url: Optional[str] = None


class GetInitImageByIDResponseBody(BaseModel):
    init_images_by_pk: Optional[GetInitImageByIDInitImagesByPk] = None
    """columns and relationships of "init_images\""""


class GetInitImageByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[GetInitImageByIDResponseBody] = None
    """The parsed response body"""
