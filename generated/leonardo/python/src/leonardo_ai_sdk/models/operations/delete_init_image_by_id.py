# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class InitImages(BaseModel):
    """columns and relationships of "init_images" """

    id: OptionalNullable[str] = UNSET


class InitImagesTypedDict(TypedDict):
    """columns and relationships of "init_images" """

    id: NotRequired[Optional[str]]


class DeleteInitImageByIDResponseBody(BaseModel):
    delete_init_images_by_pk: OptionalNullable[InitImages] = UNSET
    """columns and relationships of "init_images\""""


class DeleteInitImageByIDResponseBodyTypedDict(TypedDict):
    delete_init_images_by_pk: NotRequired[Optional[InitImagesTypedDict]]
    """columns and relationships of "init_images\""""


class DeleteInitImageByIDRequest(BaseModel):
    id: str
    """_"id" is required_"""


class DeleteInitImageByIDRequestTypedDict(TypedDict):
    id: str
    """_"id" is required_"""


class DeleteInitImageByIDResponse(OperationResponse):
    object: Optional[DeleteInitImageByIDResponseBody] = None
    """The parsed response body"""


class DeleteInitImageByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DeleteInitImageByIDResponseBodyTypedDict]]
    """The parsed response body"""
