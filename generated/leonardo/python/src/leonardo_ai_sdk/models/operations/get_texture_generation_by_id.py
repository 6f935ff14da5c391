# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class GetTextureGenerationByIDModelAssetTextureGenerations(BaseModel):
    """columns and relationships of "model_asset_texture_generations" """

    non_nullable_fields = frozenset(
        {"created_at", "model_asset_texture_images", "prompt", "status"}
    )

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    model_asset_texture_images: Optional[List[shared.ModelAssetTextureImage]] = None
    negative_prompt: Annotated[
        OptionalNullable[str], pydantic.Field(alias="negativePrompt")
    ] = UNSET
    prompt: Optional[str] = None
    seed: OptionalNullable[int] = UNSET
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""


class GetTextureGenerationByIDModelAssetTextureGenerationsTypedDict(TypedDict):
    """columns and relationships of "model_asset_texture_generations" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    model_asset_texture_images: NotRequired[
        Optional[List[shared.ModelAssetTextureImageTypedDict]]
    ]
    negative_prompt: NotRequired[Optional[str]]
    prompt: NotRequired[Optional[str]]
    seed: NotRequired[Optional[int]]
    status: NotRequired[Optional[shared.JobStatus]]
    """The status of the current task."""


class GetTextureGenerationByIDRequestBody(BaseModel):
    id: OptionalNullable[str] = UNSET


class GetTextureGenerationByIDRequestBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class GetTextureGenerationByIDResponseBody(BaseModel):
    model_asset_texture_generations_by_pk: OptionalNullable[
        GetTextureGenerationByIDModelAssetTextureGenerations
    ] = UNSET
    """columns and relationships of "model_asset_texture_generations\""""


class GetTextureGenerationByIDResponseBodyTypedDict(TypedDict):
    model_asset_texture_generations_by_pk: NotRequired[
        Optional[GetTextureGenerationByIDModelAssetTextureGenerationsTypedDict]
    ]
    """columns and relationships of "model_asset_texture_generations\""""


class GetTextureGenerationByIDRequest(BaseModel):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    limit: Optional[int] = None
    offset: Optional[int] = None
    request_body: Optional[GetTextureGenerationByIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class GetTextureGenerationByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    limit: NotRequired[Optional[int]]
    offset: NotRequired[Optional[int]]
    request_body: NotRequired[Optional[GetTextureGenerationByIDRequestBodyTypedDict]]
    """Query parameters can also be provided in the request body as a JSON object"""


class GetTextureGenerationByIDResponse(OperationResponse):
    object: Optional[GetTextureGenerationByIDResponseBody] = None
    """The parsed response body"""


class GetTextureGenerationByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetTextureGenerationByIDResponseBodyTypedDict]]
    """The parsed response body"""
