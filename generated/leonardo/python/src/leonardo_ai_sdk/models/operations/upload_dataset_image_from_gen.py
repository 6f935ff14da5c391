# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class DatasetGenUploadOutput(BaseModel):
    id: OptionalNullable[str] = UNSET


class DatasetGenUploadOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class UploadDatasetImageFromGenRequestBody(BaseModel):
    generated_image_id: Annotated[str, pydantic.Field(alias="generatedImageId")]
    """The ID of the image to upload to the dataset."""


class UploadDatasetImageFromGenRequestBodyTypedDict(TypedDict):
    generated_image_id: str
    """The ID of the image to upload to the dataset."""


class UploadDatasetImageFromGenResponseBody(BaseModel):
    upload_dataset_image_from_gen: Annotated[
        OptionalNullable[DatasetGenUploadOutput],
        pydantic.Field(alias="uploadDatasetImageFromGen"),
    ] = UNSET


class UploadDatasetImageFromGenResponseBodyTypedDict(TypedDict):
    upload_dataset_image_from_gen: NotRequired[
        Optional[DatasetGenUploadOutputTypedDict]
    ]


class UploadDatasetImageFromGenRequest(BaseModel):
    dataset_id: Annotated[str, pydantic.Field(alias="datasetId")]
    """The ID of the dataset to upload the image to."""
    request_body: UploadDatasetImageFromGenRequestBody
    """Query parameters to be provided in the request body as a JSON object"""


class UploadDatasetImageFromGenRequestTypedDict(TypedDict):
    dataset_id: str
    """The ID of the dataset to upload the image to."""
    request_body: UploadDatasetImageFromGenRequestBodyTypedDict
    """Query parameters to be provided in the request body as a JSON object"""


class UploadDatasetImageFromGenResponse(OperationResponse):
    object: Optional[UploadDatasetImageFromGenResponseBody] = None
    """The parsed response body"""


class UploadDatasetImageFromGenResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[UploadDatasetImageFromGenResponseBodyTypedDict]]
    """The parsed response body"""
