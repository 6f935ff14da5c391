# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class Get3DModelByIDModelAssetsByPk(BaseModel):
    """columns and relationships of "model_assets\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "mesh_url", "updated_at"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: Optional[str] = None
    mesh_url: Annotated[Optional[str], pydantic.Field(alias="meshUrl")] = None
    name: Optional[str] = None
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None
    user_id: Annotated[Optional[str], pydantic.Field(alias="userId")] = None


class Get3DModelByIDRequestBody(BaseModel):
    id: Optional[str] = None


class Get3DModelByIDResponseBody(BaseModel):
    model_assets_by_pk: Optional[Get3DModelByIDModelAssetsByPk] = None
    """columns and relationships of "model_assets\""""


class Get3DModelByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[Get3DModelByIDResponseBody] = None
    """The parsed response body"""
