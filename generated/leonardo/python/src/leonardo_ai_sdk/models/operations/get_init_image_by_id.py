# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class GetInitImageByIDInitImages(BaseModel):
    """columns and relationships of "init_images" """

    non_nullable_fields = frozenset({"created_at", "url"})

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    url: Optional[str] = None


class GetInitImageByIDInitImagesTypedDict(TypedDict):
    """columns and relationships of "init_images" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    url: NotRequired[Optional[str]]


class GetInitImageByIDResponseBody(BaseModel):
    init_images_by_pk: OptionalNullable[GetInitImageByIDInitImages] = UNSET
    """columns and relationships of "init_images\""""


class GetInitImageByIDResponseBodyTypedDict(TypedDict):
    init_images_by_pk: NotRequired[Optional[GetInitImageByIDInitImagesTypedDict]]
    """columns and relationships of "init_images\""""


class GetInitImageByIDRequest(BaseModel):
    id: str
    """_"id" is required_"""


class GetInitImageByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required_"""


class GetInitImageByIDResponse(OperationResponse):
    object: Optional[GetInitImageByIDResponseBody] = None
    """The parsed response body"""


class GetInitImageByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetInitImageByIDResponseBodyTypedDict]]
    """The parsed response body"""
