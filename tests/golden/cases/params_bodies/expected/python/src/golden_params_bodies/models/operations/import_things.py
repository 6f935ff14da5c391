# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import TypedDict


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class ImportThingsRequestBody(BaseModel):
    source: str


class ImportThingsRequestBodyTypedDict(TypedDict):
    source: str


class ImportThingsResponse(OperationResponse):
    pass


class ImportThingsResponseTypedDict(OperationResponseTypedDict):
    pass
