# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Get3DModelsByUserIDModelAssets(BaseModel):
    """columns and relationships of "model_assets" """

    non_nullable_fields = frozenset({"created_at", "mesh_url", "updated_at"})

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    mesh_url: Annotated[Optional[str], pydantic.Field(alias="meshUrl")] = None
    name: OptionalNullable[str] = UNSET
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None
    user_id: Annotated[OptionalNullable[str], pydantic.Field(alias="userId")] = UNSET


class Get3DModelsByUserIDModelAssetsTypedDict(TypedDict):
    """columns and relationships of "model_assets" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    mesh_url: NotRequired[Optional[str]]
    name: NotRequired[Optional[str]]
    updated_at: NotRequired[Optional[str]]
    user_id: NotRequired[Optional[str]]


class Get3DModelsByUserIDRequestBody(BaseModel):
    user_id: Annotated[OptionalNullable[str], pydantic.Field(alias="userId")] = UNSET


class Get3DModelsByUserIDRequestBodyTypedDict(TypedDict):
    user_id: NotRequired[Optional[str]]


class Get3DModelsByUserIDResponseBody(BaseModel):
    non_nullable_fields = frozenset({"model_assets"})

    model_assets: Optional[List[Get3DModelsByUserIDModelAssets]] = None


class Get3DModelsByUserIDResponseBodyTypedDict(TypedDict):
    model_assets: NotRequired[Optional[List[Get3DModelsByUserIDModelAssetsTypedDict]]]


class Get3DModelsByUserIDRequest(BaseModel):
    user_id: Annotated[str, pydantic.Field(alias="userId")]
    limit: Optional[int] = None
    offset: Optional[int] = None
    request_body: Optional[Get3DModelsByUserIDRequestBody] = None
    """Query parameters can also be provided in the request body as a JSON object"""


class Get3DModelsByUserIDRequestTypedDict(TypedDict):
    user_id: str
    limit: NotRequired[Optional[int]]
    offset: NotRequired[Optional[int]]
    request_body: NotRequired[Optional[Get3DModelsByUserIDRequestBodyTypedDict]]
    """Query parameters can also be provided in the request body as a JSON object"""


class Get3DModelsByUserIDResponse(OperationResponse):
    object: Optional[Get3DModelsByUserIDResponseBody] = None
    """The parsed response body"""


class Get3DModelsByUserIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Get3DModelsByUserIDResponseBodyTypedDict]]
    """The parsed response body"""
