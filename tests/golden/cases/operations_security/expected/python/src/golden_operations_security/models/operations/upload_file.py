# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class UploadFileRequestBody(BaseModel):
    non_nullable_fields = frozenset({"note", "tags"})

    file: bytes
    note: Optional[str] = None
    tags: Optional[List[str]] = None


class UploadFileRequestBodyTypedDict(TypedDict):
    file: bytes
    note: NotRequired[Optional[str]]
    tags: NotRequired[Optional[List[str]]]


class UploadFileResponse(OperationResponse):
    object: Optional[str] = None
    """The parsed response body"""


class UploadFileResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[str]]
    """The parsed response body"""
