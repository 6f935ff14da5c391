# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateSVDMotionGenerationRequestBody(BaseModel):
    image_id: Annotated[str, pydantic.Field(alias="imageId")]
    """The ID of the image, supports generated images, variation images, and init images."""
    is_public: Annotated[OptionalNullable[bool], pydantic.Field(alias="isPublic")] = (
        UNSET
    )
    """Whether the generation is public or not"""
    is_init_image: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="isInitImage")
    ] = UNSET
    """If it is an init image uploaded by the user. This image is uploaded from endpoint: Upload init image."""
    is_variation: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="isVariation")
    ] = UNSET
    """If it is a variation image."""
    motion_strength: Annotated[
        OptionalNullable[int], pydantic.Field(alias="motionStrength")
    ] = UNSET
    """The motion strength."""


class CreateSVDMotionGenerationRequestBodyTypedDict(TypedDict):
    image_id: str
    """The ID of the image, supports generated images, variation images, and init images."""
    is_public: NotRequired[Optional[bool]]
    """Whether the generation is public or not"""
    is_init_image: NotRequired[Optional[bool]]
    """If it is an init image uploaded by the user. This image is uploaded from endpoint: Upload init image."""
    is_variation: NotRequired[Optional[bool]]
    """If it is a variation image."""
    motion_strength: NotRequired[Optional[int]]
    """The motion strength."""


class MotionSvdGenerationOutput(BaseModel):
    non_nullable_fields = frozenset({"generation_id"})

    generation_id: Annotated[Optional[str], pydantic.Field(alias="generationId")] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API credits cost, available for Production API users."""


class MotionSvdGenerationOutputTypedDict(TypedDict):
    generation_id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API credits cost, available for Production API users."""


class CreateSVDMotionGenerationResponseBody(BaseModel):
    sd_generation_job: Annotated[
        OptionalNullable[MotionSvdGenerationOutput],
        pydantic.Field(alias="sdGenerationJob"),
    ] = UNSET


class CreateSVDMotionGenerationResponseBodyTypedDict(TypedDict):
    sd_generation_job: NotRequired[Optional[MotionSvdGenerationOutputTypedDict]]


class CreateSVDMotionGenerationResponse(OperationResponse):
    object: Optional[CreateSVDMotionGenerationResponseBody] = None
    """The parsed response body"""


class CreateSVDMotionGenerationResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateSVDMotionGenerationResponseBodyTypedDict]]
    """The parsed response body"""
