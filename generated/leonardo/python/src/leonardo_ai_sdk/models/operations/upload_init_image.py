# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class InitImageUploadOutput(BaseModel):
    fields: OptionalNullable[str] = UNSET
    id: OptionalNullable[str] = UNSET
    key: OptionalNullable[str] = UNSET
    url: OptionalNullable[str] = UNSET


class InitImageUploadOutputTypedDict(TypedDict):
    fields: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    key: NotRequired[Optional[str]]
    url: NotRequired[Optional[str]]


class UploadInitImageRequestBody(BaseModel):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadInitImageRequestBodyTypedDict(TypedDict):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadInitImageResponseBody(BaseModel):
    upload_init_image: Annotated[
        OptionalNullable[InitImageUploadOutput], pydantic.Field(alias="uploadInitImage")
    ] = UNSET


class UploadInitImageResponseBodyTypedDict(TypedDict):
    upload_init_image: NotRequired[Optional[InitImageUploadOutputTypedDict]]


class UploadInitImageResponse(OperationResponse):
    object: Optional[UploadInitImageResponseBody] = None
    """The parsed response body"""


class UploadInitImageResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[UploadInitImageResponseBodyTypedDict]]
    """The parsed response body"""
