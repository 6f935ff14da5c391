# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

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
