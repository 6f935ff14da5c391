# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class GetTextureGenerationsByModelIDModelAssetTextureGenerations(BaseModel):
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


class GetTextureGenerationsByModelIDModelAssetTextureGenerationsTypedDict(TypedDict):
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


class GetTextureGenerationsByModelIDRequestBody(BaseModel):
    limit: OptionalNullable[int] = UNSET
    model_id: Annotated[OptionalNullable[str], pydantic.Field(alias="modelId")] = UNSET
    offset: OptionalNullable[int] = UNSET


class GetTextureGenerationsByModelIDRequestBodyTypedDict(TypedDict):
    limit: NotRequired[Optional[int]]
    model_id: NotRequired[Optional[str]]
    offset: NotRequired[Optional[int]]


class GetTextureGenerationsByModelIDResponseBody(BaseModel):
    non_nullable_fields = frozenset({"model_asset_texture_generations"})

    model_asset_texture_generations: Optional[
        List[GetTextureGenerationsByModelIDModelAssetTextureGenerations]
    ] = None


class GetTextureGenerationsByModelIDResponseBodyTypedDict(TypedDict):
    model_asset_texture_generations: NotRequired[
        Optional[
            List[GetTextureGenerationsByModelIDModelAssetTextureGenerationsTypedDict]
        ]
    ]


class GetTextureGenerationsByModelIDRequest(BaseModel):
    model_id: Annotated[str, pydantic.Field(alias="modelId")]
    """_"modelId" is required (enter it either in parameters or request body)_"""
    limit: Optional[int] = None
    offset: Optional[int] = None
    request_body: Optional[GetTextureGenerationsByModelIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class GetTextureGenerationsByModelIDRequestTypedDict(TypedDict):
    model_id: str
    """_"modelId" is required (enter it either in parameters or request body)_"""
    limit: NotRequired[Optional[int]]
    offset: NotRequired[Optional[int]]
    request_body: NotRequired[
        Optional[GetTextureGenerationsByModelIDRequestBodyTypedDict]
    ]
    """Query parameters can also be provided in the request body as a JSON object"""


class GetTextureGenerationsByModelIDResponse(OperationResponse):
    object: Optional[GetTextureGenerationsByModelIDResponseBody] = None
    """The parsed response body"""


class GetTextureGenerationsByModelIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetTextureGenerationsByModelIDResponseBodyTypedDict]]
    """The parsed response body"""
