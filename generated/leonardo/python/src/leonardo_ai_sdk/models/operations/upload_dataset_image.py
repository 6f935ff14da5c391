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


class DatasetUploadOutput(BaseModel):
    fields: OptionalNullable[str] = UNSET
    id: OptionalNullable[str] = UNSET
    key: OptionalNullable[str] = UNSET
    url: OptionalNullable[str] = UNSET


class DatasetUploadOutputTypedDict(TypedDict):
    fields: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    key: NotRequired[Optional[str]]
    url: NotRequired[Optional[str]]


class UploadDatasetImageRequestBody(BaseModel):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadDatasetImageRequestBodyTypedDict(TypedDict):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadDatasetImageResponseBody(BaseModel):
    upload_dataset_image: Annotated[
        OptionalNullable[DatasetUploadOutput],
        pydantic.Field(alias="uploadDatasetImage"),
    ] = UNSET


class UploadDatasetImageResponseBodyTypedDict(TypedDict):
    upload_dataset_image: NotRequired[Optional[DatasetUploadOutputTypedDict]]


class UploadDatasetImageRequest(BaseModel):
    dataset_id: Annotated[str, pydantic.Field(alias="datasetId")]
    """_"datasetId" is required"""
    request_body: UploadDatasetImageRequestBody
    """Query parameters provided in the request body as a JSON object"""


class UploadDatasetImageRequestTypedDict(TypedDict):
    dataset_id: str
    """_"datasetId" is required"""
    request_body: UploadDatasetImageRequestBodyTypedDict
    """Query parameters provided in the request body as a JSON object"""


class UploadDatasetImageResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadDatasetImageResponseBody] = None
    """The parsed response body"""


class UploadDatasetImageResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[UploadDatasetImageResponseBodyTypedDict]]
    """The parsed response body"""
