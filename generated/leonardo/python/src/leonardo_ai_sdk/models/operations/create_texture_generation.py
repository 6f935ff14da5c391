# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateTextureGenerationRequestBody(BaseModel):
    non_nullable_fields = frozenset({"model_asset_id", "prompt"})

    front_rotation_offset: OptionalNullable[int] = UNSET
    model_asset_id: Annotated[Optional[str], pydantic.Field(alias="modelAssetId")] = (
        None
    )
    negative_prompt: OptionalNullable[str] = UNSET
    preview: OptionalNullable[bool] = UNSET
    preview_direction: OptionalNullable[str] = UNSET
    prompt: Optional[str] = None
    sd_version: OptionalNullable[str] = UNSET
    seed: OptionalNullable[int] = UNSET


class CreateTextureGenerationRequestBodyTypedDict(TypedDict):
    front_rotation_offset: NotRequired[Optional[int]]
    model_asset_id: NotRequired[Optional[str]]
    negative_prompt: NotRequired[Optional[str]]
    preview: NotRequired[Optional[bool]]
    preview_direction: NotRequired[Optional[str]]
    prompt: NotRequired[Optional[str]]
    sd_version: NotRequired[Optional[str]]
    seed: NotRequired[Optional[int]]


class TextureGenerationJobOutput(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Texture Generation. Available for Production API Users."""


class TextureGenerationJobOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Texture Generation. Available for Production API Users."""


class CreateTextureGenerationResponseBody(BaseModel):
    texture_generation_job: Annotated[
        OptionalNullable[TextureGenerationJobOutput],
        pydantic.Field(alias="textureGenerationJob"),
    ] = UNSET


class CreateTextureGenerationResponseBodyTypedDict(TypedDict):
    texture_generation_job: NotRequired[Optional[TextureGenerationJobOutputTypedDict]]


class CreateTextureGenerationResponse(OperationResponse):
    object: Optional[CreateTextureGenerationResponseBody] = None
    """The parsed response body"""


class CreateTextureGenerationResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateTextureGenerationResponseBodyTypedDict]]
    """The parsed response body"""
