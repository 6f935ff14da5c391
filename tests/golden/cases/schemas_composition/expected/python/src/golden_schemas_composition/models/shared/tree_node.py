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


from ...types import BaseModel, OpenEnumMeta, OptionalNullable, UNSET


class TreeNode(BaseModel):
    value: str
    children: Optional[List[TreeNode]] = None
    parent: OptionalNullable[TreeNode] = UNSET


class TreeNodeTypedDict(TypedDict):
    value: str
    children: NotRequired[Optional[List[TreeNodeTypedDict]]]
    parent: NotRequired[Optional[TreeNodeTypedDict]]
