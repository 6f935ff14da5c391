# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class CreateVariationUpscaleRequestBody(BaseModel):
    id: str


class CreateVariationUpscaleSdUpscaleJob(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"id"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    api_credit_cost: Annotated[Optional[int], pydantic.Field(alias="apiCreditCost")] = (
        None
    )
    """API Credits Cost for Upscale Variation. Available for Production API Users."""


class CreateVariationUpscaleResponseBody(BaseModel):
    sd_upscale_job: Annotated[
        Optional[CreateVariationUpscaleSdUpscaleJob],
        pydantic.Field(alias="sdUpscaleJob"),
    ] = None


class CreateVariationUpscaleResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[CreateVariationUpscaleResponseBody] = None
    """The parsed response body"""
