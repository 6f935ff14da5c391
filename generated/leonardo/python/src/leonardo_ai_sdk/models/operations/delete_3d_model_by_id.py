# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Delete3DModelByIDRequestBody(BaseModel):
    id: OptionalNullable[str] = UNSET


class Delete3DModelByIDRequestBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class ModelAssets(BaseModel):
    """columns and relationships of "model_assets" """

    id: OptionalNullable[str] = UNSET


class ModelAssetsTypedDict(TypedDict):
    """columns and relationships of "model_assets" """

    id: NotRequired[Optional[str]]


class Delete3DModelByIDResponseBody(BaseModel):
    delete_model_assets_by_pk: OptionalNullable[ModelAssets] = UNSET
    """columns and relationships of "model_assets\""""


class Delete3DModelByIDResponseBodyTypedDict(TypedDict):
    delete_model_assets_by_pk: NotRequired[Optional[ModelAssetsTypedDict]]
    """columns and relationships of "model_assets\""""


class Delete3DModelByIDRequest(BaseModel):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    request_body: Optional[Delete3DModelByIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class Delete3DModelByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    request_body: NotRequired[Optional[Delete3DModelByIDRequestBodyTypedDict]]
    """Query parameters can also be provided in the request body as a JSON object"""


class Delete3DModelByIDResponse(OperationResponse):
    object: Optional[Delete3DModelByIDResponseBody] = None
    """The parsed response body"""


class Delete3DModelByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Delete3DModelByIDResponseBodyTypedDict]]
    """The parsed response body"""
