# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class UploadDatasetImageRequestBody(BaseModel):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadDatasetImageUploadDatasetImage(BaseModel):
    fields: Optional[str] = None
    id: Optional[str] = None
    key: Optional[str] = None
    url: Optional[str] = None


class UploadDatasetImageResponseBody(BaseModel):
    upload_dataset_image: Annotated[
        Optional[UploadDatasetImageUploadDatasetImage],
        pydantic.Field(alias="uploadDatasetImage"),
    ] = None


class UploadDatasetImageResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadDatasetImageResponseBody] = None
    """The parsed response body"""
