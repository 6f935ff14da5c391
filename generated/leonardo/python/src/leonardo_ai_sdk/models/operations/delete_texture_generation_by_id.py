# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class DeleteTextureGenerationByIDRequestBody(BaseModel):
    id: OptionalNullable[str] = UNSET


class DeleteTextureGenerationByIDRequestBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class ModelAssetTextureGenerations(BaseModel):
    """columns and relationships of "model_asset_texture_generations" """

    id: OptionalNullable[str] = UNSET


class ModelAssetTextureGenerationsTypedDict(TypedDict):
    """columns and relationships of "model_asset_texture_generations" """

    id: NotRequired[Optional[str]]


class DeleteTextureGenerationByIDResponseBody(BaseModel):
    delete_model_asset_texture_generations_by_pk: OptionalNullable[
        ModelAssetTextureGenerations
    ] = UNSET
    """columns and relationships of "model_asset_texture_generations\""""


class DeleteTextureGenerationByIDResponseBodyTypedDict(TypedDict):
    delete_model_asset_texture_generations_by_pk: NotRequired[
        Optional[ModelAssetTextureGenerationsTypedDict]
    ]
    """columns and relationships of "model_asset_texture_generations\""""


class DeleteTextureGenerationByIDRequest(BaseModel):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    request_body: Optional[DeleteTextureGenerationByIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class DeleteTextureGenerationByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    request_body: NotRequired[Optional[DeleteTextureGenerationByIDRequestBodyTypedDict]]
    """Query parameters can also be provided in the request body as a JSON object"""


class DeleteTextureGenerationByIDResponse(OperationResponse):
    object: Optional[DeleteTextureGenerationByIDResponseBody] = None
    """The parsed response body"""


class DeleteTextureGenerationByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DeleteTextureGenerationByIDResponseBodyTypedDict]]
    """The parsed response body"""
