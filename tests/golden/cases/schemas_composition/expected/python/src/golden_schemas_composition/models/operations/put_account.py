# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import NotRequired, Optional

import pydantic

from .. import shared

from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)


class PutAccountResponse(OperationResponse):
    object: Optional[shared.Account] = None
    """The parsed response body"""


class PutAccountResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.AccountTypedDict]]
    """The parsed response body"""
