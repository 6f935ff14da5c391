# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel


class Problem(BaseModel):
    non_nullable_fields = frozenset({"title", "status"})

    title: Optional[str] = None
    status: Optional[int] = None


class ProblemTypedDict(TypedDict):
    title: NotRequired[Optional[str]]
    status: NotRequired[Optional[int]]
