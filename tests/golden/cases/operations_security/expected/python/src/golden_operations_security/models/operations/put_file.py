# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import TypedDict


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class PutFileRequest(BaseModel):
    name: str
    request_body: bytes


class PutFileRequestTypedDict(TypedDict):
    name: str
    request_body: bytes


class PutFileResponse(OperationResponse):
    pass


class PutFileResponseTypedDict(OperationResponseTypedDict):
    pass
