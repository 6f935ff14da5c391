# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse


class GetTextureGenerationByIDModelAssetTextureGenerationsByPk(BaseModel):
    """columns and relationships of "model_asset_texture_generations\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "model_asset_texture_images", "prompt", "status"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: Optional[str] = None
    model_asset_texture_images: Optional[List[shared.ModelAssetTextureImage]] = None
    negative_prompt: Annotated[
        Optional[str], pydantic.Field(alias="negativePrompt")
    ] = None
    prompt: Optional[str] = None
    seed: Optional[int] = None
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""


class GetTextureGenerationByIDRequestBody(BaseModel):
    id: Optional[str] = None


class GetTextureGenerationByIDResponseBody(BaseModel):
    model_asset_texture_generations_by_pk: Optional[
        GetTextureGenerationByIDModelAssetTextureGenerationsByPk
    ] = None
    """columns and relationships of "model_asset_texture_generations\""""


class GetTextureGenerationByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[GetTextureGenerationByIDResponseBody] = None
    """The parsed response body"""
