# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import ClassVar, NotRequired, Optional, TypedDict


from ...types import BaseModel


class Created(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"id"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None


class CreatedTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
