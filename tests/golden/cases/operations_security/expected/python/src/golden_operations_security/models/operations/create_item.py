# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class CreateItemResponse(OperationResponse):
    object: Optional[shared.Item | shared.Created] = None
    """The parsed response body"""


class CreateItemResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Any]
    """The parsed response body"""
