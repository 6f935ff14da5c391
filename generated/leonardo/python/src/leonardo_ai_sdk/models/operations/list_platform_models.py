# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class ListPlatformModelsCustomModelsGeneratedImage(BaseModel):
    """columns and relationships of "generated_images\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"url"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    url: Optional[str] = None


class ListPlatformModelsCustomModels(BaseModel):
    """columns and relationships of "custom_models\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"description", "featured", "name", "nsfw"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    description: Optional[str] = None
    featured: Optional[bool] = None
    generated_image: Optional[ListPlatformModelsCustomModelsGeneratedImage] = None
    """columns and relationships of "generated_images\""""
    id: Optional[str] = None
    name: Optional[str] = None
    nsfw: Optional[bool] = None


class ListPlatformModelsResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"custom_models"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    custom_models: Optional[List[ListPlatformModelsCustomModels]] = None


class ListPlatformModelsResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[ListPlatformModelsResponseBody] = None
    """The parsed response body"""
