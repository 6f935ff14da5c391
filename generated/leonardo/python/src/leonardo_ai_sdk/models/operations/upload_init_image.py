# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta, OptionalNullable, UNSET, RawResponse

if TYPE_CHECKING:
    import httpx


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


class UploadInitImageResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadInitImageResponseBody] = None
    """The parsed response body"""


class UploadInitImageResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[UploadInitImageResponseBodyTypedDict]]
    """The parsed response body"""
