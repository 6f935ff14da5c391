# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Get3DModelByIDModelAssets(BaseModel):
    """columns and relationships of "model_assets" """

    non_nullable_fields = frozenset({"created_at", "mesh_url", "updated_at"})

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    mesh_url: Annotated[Optional[str], pydantic.Field(alias="meshUrl")] = None
    name: OptionalNullable[str] = UNSET
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None
    user_id: Annotated[OptionalNullable[str], pydantic.Field(alias="userId")] = UNSET


class Get3DModelByIDModelAssetsTypedDict(TypedDict):
    """columns and relationships of "model_assets" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    mesh_url: NotRequired[Optional[str]]
    name: NotRequired[Optional[str]]
    updated_at: NotRequired[Optional[str]]
    user_id: NotRequired[Optional[str]]


class Get3DModelByIDRequestBody(BaseModel):
    id: OptionalNullable[str] = UNSET


class Get3DModelByIDRequestBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class Get3DModelByIDResponseBody(BaseModel):
    model_assets_by_pk: OptionalNullable[Get3DModelByIDModelAssets] = UNSET
    """columns and relationships of "model_assets\""""


class Get3DModelByIDResponseBodyTypedDict(TypedDict):
    model_assets_by_pk: NotRequired[Optional[Get3DModelByIDModelAssetsTypedDict]]
    """columns and relationships of "model_assets\""""


class Get3DModelByIDRequest(BaseModel):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    limit: Optional[int] = None
    offset: Optional[int] = None
    request_body: Optional[Get3DModelByIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class Get3DModelByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required (enter it either in parameters or request body)_"""
    limit: NotRequired[Optional[int]]
    offset: NotRequired[Optional[int]]
    request_body: NotRequired[Optional[Get3DModelByIDRequestBodyTypedDict]]
    """Query parameters can also be provided in the request body as a JSON object"""


class Get3DModelByIDResponse(OperationResponse):
    object: Optional[Get3DModelByIDResponseBody] = None
    """The parsed response body"""


class Get3DModelByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Get3DModelByIDResponseBodyTypedDict]]
    """The parsed response body"""
