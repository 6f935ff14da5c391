# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


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


class UploadDatasetImageResponse(OperationResponse):
    object: Optional[UploadDatasetImageResponseBody] = None
    """The parsed response body"""


class UploadDatasetImageResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[UploadDatasetImageResponseBodyTypedDict]]
    """The parsed response body"""
