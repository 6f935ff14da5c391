# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET


class TreeNode(BaseModel):
    non_nullable_fields = frozenset({"children"})

    value: str
    children: Optional[List[TreeNode]] = None
    parent: OptionalNullable[TreeNode] = UNSET


class TreeNodeTypedDict(TypedDict):
    value: str
    children: NotRequired[Optional[List[TreeNodeTypedDict]]]
    parent: NotRequired[Optional[TreeNodeTypedDict]]
