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


class GetInventoryResponse(OperationResponse):
    object: Optional[shared.Inventory] = None
    """The parsed response body"""


class GetInventoryResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.InventoryTypedDict]]
    """The parsed response body"""
