# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class GetInventoryResponse(OperationResponse):
    object: Optional[shared.Inventory] = None
    """The parsed response body"""


class GetInventoryResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.InventoryTypedDict]]
    """The parsed response body"""
