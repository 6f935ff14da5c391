# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class TreeNode(TypedDict):
    value: str
    children: NotRequired[List[TreeNode]]
    parent: NotRequired[Optional[TreeNode]]


TreeNodeSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "TreeNode",
    lambda: (
        schemas.Property("value", "value", schemas.StrSchema(), required=True),
        schemas.Property("children", "children", schemas.ListSchema(TreeNodeSchema)),
        schemas.Property("parent", "parent", schemas.Nullable(TreeNodeSchema)),
    ),
)
