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


from ...types import BaseModel, OpenEnumMeta


class TreeNode(BaseModel):
    value: str
    children: Optional[List[TreeNode]] = None
    parent: Optional[TreeNode] = None


class TreeNodeTypedDict(TypedDict):
    value: str
    children: NotRequired[Optional[List[TreeNodeTypedDict]]]
    parent: NotRequired[Optional[TreeNodeTypedDict]]
