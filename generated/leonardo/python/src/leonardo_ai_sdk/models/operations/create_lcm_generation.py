# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateLCMGenerationRequestBody(BaseModel):
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


class CreateLCMGenerationRequestBodyTypedDict(TypedDict):
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


class CreateLCMGenerationResponseBody(BaseModel):
    lcm_generation_job: Annotated[
        OptionalNullable[shared.LcmGenerationOutput],
        pydantic.Field(alias="lcmGenerationJob"),
    ] = UNSET


class CreateLCMGenerationResponseBodyTypedDict(TypedDict):
    lcm_generation_job: NotRequired[Optional[shared.LcmGenerationOutputTypedDict]]


class CreateLCMGenerationResponse(OperationResponse):
    object: Optional[CreateLCMGenerationResponseBody] = None
    """The parsed response body"""


class CreateLCMGenerationResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateLCMGenerationResponseBodyTypedDict]]
    """The parsed response body"""
