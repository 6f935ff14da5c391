# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class GetDatasetByIDDatasetsByPkDatasetImages(BaseModel):
    """columns and relationships of "dataset_images\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"created_at", "url"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: Optional[str] = None
    url: Optional[str] = None


class GetDatasetByIDDatasetsByPk(BaseModel):
    """columns and relationships of "datasets\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "dataset_images", "name", "updated_at"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    dataset_images: Optional[List[GetDatasetByIDDatasetsByPkDatasetImages]] = None
    description: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None


class GetDatasetByIDResponseBody(BaseModel):
    datasets_by_pk: Optional[GetDatasetByIDDatasetsByPk] = None
    """columns and relationships of "datasets\""""


class GetDatasetByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[GetDatasetByIDResponseBody] = None
    """The parsed response body"""
