# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import TypedDict

import pydantic


from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)


class ImportThingsRequestBody(BaseModel):
    source: str


class ImportThingsRequestBodyTypedDict(TypedDict):
    source: str


class ImportThingsResponse(OperationResponse):
    pass


class ImportThingsResponseTypedDict(OperationResponseTypedDict):
    pass
