# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class UploadInitImageRequestBody(BaseModel):
    extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadInitImageUploadInitImage(BaseModel):
    fields: Optional[str] = None
    id: Optional[str] = None
    key: Optional[str] = None
    url: Optional[str] = None


class UploadInitImageResponseBody(BaseModel):
    upload_init_image: Annotated[
        Optional[UploadInitImageUploadInitImage],
        pydantic.Field(alias="uploadInitImage"),
    ] = None


class UploadInitImageResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadInitImageResponseBody] = None
    """The parsed response body"""
