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


class GetTreeResponse(OperationResponse):
    object: Optional[shared.TreeNode] = None
    """The parsed response body"""


class GetTreeResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.TreeNodeTypedDict]]
    """The parsed response body"""
