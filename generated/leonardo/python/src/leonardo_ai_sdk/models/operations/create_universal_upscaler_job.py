# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateUniversalUpscalerJobRequestBody(BaseModel):
    init_image_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="initImageId")
    ] = UNSET
    """The ID of the init image uploaded"""
    generated_image_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="generatedImageId")
    ] = UNSET
    """The ID of the generated image"""
    variation_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="variationId")
    ] = UNSET
    """The ID of the variation image"""
    upscaler_style: Annotated[
        OptionalNullable[shared.UniversalUpscalerStyle],
        pydantic.Field(alias="upscalerStyle"),
    ] = UNSET
    """The style to upscale images using universal upscaler with."""
    creativity_strength: Annotated[
        OptionalNullable[int], pydantic.Field(alias="creativityStrength")
    ] = UNSET
    """The creativity strength of the universal upscaler, must be integer between 1 and 10"""
    upscale_multiplier: Annotated[
        OptionalNullable[float], pydantic.Field(alias="upscaleMultiplier")
    ] = UNSET
    """The upscale multiplier of the universal upscaler, must be number between 1.00 and 2.00"""
    prompt: OptionalNullable[str] = UNSET
    """The prompt for the universal upscaler"""


class CreateUniversalUpscalerJobRequestBodyTypedDict(TypedDict):
    init_image_id: NotRequired[Optional[str]]
    """The ID of the init image uploaded"""
    generated_image_id: NotRequired[Optional[str]]
    """The ID of the generated image"""
    variation_id: NotRequired[Optional[str]]
    """The ID of the variation image"""
    upscaler_style: NotRequired[Optional[shared.UniversalUpscalerStyle]]
    """The style to upscale images using universal upscaler with."""
    creativity_strength: NotRequired[Optional[int]]
    """The creativity strength of the universal upscaler, must be integer between 1 and 10"""
    upscale_multiplier: NotRequired[Optional[float]]
    """The upscale multiplier of the universal upscaler, must be number between 1.00 and 2.00"""
    prompt: NotRequired[Optional[str]]
    """The prompt for the universal upscaler"""


class UniversalUpscalerOutput(BaseModel):
    id: OptionalNullable[str] = UNSET
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Universal Upscaler Variation. Available for Production API Users."""


class UniversalUpscalerOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Universal Upscaler Variation. Available for Production API Users."""


class CreateUniversalUpscalerJobResponseBody(BaseModel):
    non_nullable_fields = frozenset({"universal_upscaler"})

    universal_upscaler: Annotated[
        Optional[UniversalUpscalerOutput], pydantic.Field(alias="universalUpscaler")
    ] = None


class CreateUniversalUpscalerJobResponseBodyTypedDict(TypedDict):
    universal_upscaler: NotRequired[Optional[UniversalUpscalerOutputTypedDict]]


class CreateUniversalUpscalerJobResponse(OperationResponse):
    object: Optional[CreateUniversalUpscalerJobResponseBody] = None
    """The parsed response body"""


class CreateUniversalUpscalerJobResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateUniversalUpscalerJobResponseBodyTypedDict]]
    """The parsed response body"""
