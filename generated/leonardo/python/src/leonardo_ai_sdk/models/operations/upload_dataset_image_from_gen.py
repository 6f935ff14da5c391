# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class UploadDatasetImageFromGenRequestBody(BaseModel):
    generated_image_id: Annotated[str, pydantic.Field(alias="generatedImageId")]
    """The ID of the image to upload to the dataset."""


class UploadDatasetImageFromGenUploadDatasetImageFromGen(BaseModel):
    id: Optional[str] = None


class UploadDatasetImageFromGenResponseBody(BaseModel):
    upload_dataset_image_from_gen: Annotated[
        Optional[UploadDatasetImageFromGenUploadDatasetImageFromGen],
        pydantic.Field(alias="uploadDatasetImageFromGen"),
    ] = None


class UploadDatasetImageFromGenResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadDatasetImageFromGenResponseBody] = None
    """The parsed response body"""
