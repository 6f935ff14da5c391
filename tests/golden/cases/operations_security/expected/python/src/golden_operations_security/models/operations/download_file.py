# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class DownloadFileRequest(BaseModel):
    name: str


class DownloadFileRequestTypedDict(TypedDict):
    name: str


class DownloadFileResponse(OperationResponse):
    object: Optional[bytes] = None
    """The parsed response body"""


class DownloadFileResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[bytes]]
    """The parsed response body"""
