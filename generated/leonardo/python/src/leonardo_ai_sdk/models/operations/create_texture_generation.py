# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class CreateTextureGenerationRequestBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"model_asset_id", "prompt"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    front_rotation_offset: Optional[int] = None
    model_asset_id: Annotated[Optional[str], pydantic.Field(alias="modelAssetId")] = (
        None
    )
    negative_prompt: Optional[str] = None
    preview: Optional[bool] = None
    preview_direction: Optional[str] = None
    prompt: Optional[str] = None
    sd_version: Optional[str] = None
    seed: Optional[int] = None


class CreateTextureGenerationTextureGenerationJob(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"id"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    api_credit_cost: Annotated[Optional[int], pydantic.Field(alias="apiCreditCost")] = (
        None
    )
    """API Credits Cost for Texture Generation. Available for Production API Users."""


class CreateTextureGenerationResponseBody(BaseModel):
    texture_generation_job: Annotated[
        Optional[CreateTextureGenerationTextureGenerationJob],
        pydantic.Field(alias="textureGenerationJob"),
    ] = None


class CreateTextureGenerationResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[CreateTextureGenerationResponseBody] = None
    """The parsed response body"""
