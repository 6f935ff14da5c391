# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class PutAccountResponse(OperationResponse):
    object: Optional[shared.Account] = None
    """The parsed response body"""


class PutAccountResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.AccountTypedDict]]
    """The parsed response body"""
