# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import ClassVar, NotRequired, Optional, TypedDict


from ...types import BaseModel


class Problem(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"title", "status"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    title: Optional[str] = None
    status: Optional[int] = None


class ProblemTypedDict(TypedDict):
    title: NotRequired[Optional[str]]
    status: NotRequired[Optional[int]]
