# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict


from ...types import BaseModel


class Item(BaseModel):
    non_nullable_fields = frozenset({"size", "tags"})

    name: str
    size: Optional[int] = None
    tags: Optional[List[str]] = None


class ItemTypedDict(TypedDict):
    name: str
    size: NotRequired[Optional[int]]
    tags: NotRequired[Optional[List[str]]]
