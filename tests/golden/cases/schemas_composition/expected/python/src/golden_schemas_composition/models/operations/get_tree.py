# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class GetTreeResponse(OperationResponse):
    object: Optional[shared.TreeNode] = None
    """The parsed response body"""


class GetTreeResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.TreeNodeTypedDict]]
    """The parsed response body"""
