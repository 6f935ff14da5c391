# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class LcmGenerationOutput(BaseModel):
    non_nullable_fields = frozenset(
        {
            "image_data_url",
            "generation_id",
            "variation_id",
            "generated_image_id",
            "request_timestamp",
        }
    )

    image_data_url: Annotated[
        Optional[List[str]], pydantic.Field(alias="imageDataUrl")
    ] = None
    generation_id: Annotated[
        Optional[List[str]], pydantic.Field(alias="generationId")
    ] = None
    variation_id: Annotated[
        Optional[List[str]], pydantic.Field(alias="variationId")
    ] = None
    generated_image_id: Annotated[
        Optional[str], pydantic.Field(alias="generatedImageId")
    ] = None
    request_timestamp: Annotated[
        Optional[str], pydantic.Field(alias="requestTimestamp")
    ] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API credits cost, available for Production API users."""


class LcmGenerationOutputTypedDict(TypedDict):
    image_data_url: NotRequired[Optional[List[str]]]
    generation_id: NotRequired[Optional[List[str]]]
    variation_id: NotRequired[Optional[List[str]]]
    generated_image_id: NotRequired[Optional[str]]
    request_timestamp: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API credits cost, available for Production API users."""


class PerformAlchemyUpscaleLCMRequestBody(BaseModel):
    non_nullable_fields = frozenset({"request_timestamp"})

    image_data_url: Annotated[str, pydantic.Field(alias="imageDataUrl")]
    """Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`"""
    prompt: str
    """The prompt used to generate images"""
    guidance: OptionalNullable[float] = UNSET
    """How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20."""
    strength: OptionalNullable[float] = UNSET
    """Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1."""
    request_timestamp: Annotated[
        Optional[str], pydantic.Field(alias="requestTimestamp")
    ] = None
    style: OptionalNullable[shared.LcmGenerationStyle] = UNSET
    """The style to generate LCM images with."""
    steps: OptionalNullable[int] = UNSET
    """The number of steps to use for the generation. Must be between 4 and 16."""
    width: OptionalNullable[int] = UNSET
    """The output width of the image. Must be 512, 640 or 1024."""
    height: OptionalNullable[int] = UNSET
    """The output width of the image. Must be 512, 640 or 1024."""
    seed: OptionalNullable[int] = UNSET
    refine_creative: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="refineCreative")
    ] = UNSET
    """Refine creative"""
    refine_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="refineStrength")
    ] = UNSET
    """Must be a float between 0.5 and 0.9."""


class PerformAlchemyUpscaleLCMRequestBodyTypedDict(TypedDict):
    image_data_url: str
    """Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`"""
    prompt: str
    """The prompt used to generate images"""
    guidance: NotRequired[Optional[float]]
    """How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20."""
    strength: NotRequired[Optional[float]]
    """Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1."""
    request_timestamp: NotRequired[Optional[str]]
    style: NotRequired[Optional[shared.LcmGenerationStyle]]
    """The style to generate LCM images with."""
    steps: NotRequired[Optional[int]]
    """The number of steps to use for the generation. Must be between 4 and 16."""
    width: NotRequired[Optional[int]]
    """The output width of the image. Must be 512, 640 or 1024."""
    height: NotRequired[Optional[int]]
    """The output width of the image. Must be 512, 640 or 1024."""
    seed: NotRequired[Optional[int]]
    refine_creative: NotRequired[Optional[bool]]
    """Refine creative"""
    refine_strength: NotRequired[Optional[float]]
    """Must be a float between 0.5 and 0.9."""


class PerformAlchemyUpscaleLCMResponseBody(BaseModel):
    lcm_generation_job: Annotated[
        OptionalNullable[LcmGenerationOutput], pydantic.Field(alias="lcmGenerationJob")
    ] = UNSET


class PerformAlchemyUpscaleLCMResponseBodyTypedDict(TypedDict):
    lcm_generation_job: NotRequired[Optional[LcmGenerationOutputTypedDict]]


class PerformAlchemyUpscaleLCMResponse(OperationResponse):
    object: Optional[PerformAlchemyUpscaleLCMResponseBody] = None
    """The parsed response body"""


class PerformAlchemyUpscaleLCMResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[PerformAlchemyUpscaleLCMResponseBodyTypedDict]]
    """The parsed response body"""
