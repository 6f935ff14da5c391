# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import ClassVar, NotRequired, Optional, TypedDict

from .size import Size

from ...types import BaseModel, OptionalNullable, UNSET


class Pet(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"tag", "size"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    deprecated_fields: ClassVar[dict[str, str]] = {
        "size": "it will be removed from the API. Sizes were replaced by weights.",
    }
    """Deprecated fields: setting one emits a DeprecationWarning."""

    id: str
    nickname: Optional[str]
    """Required, and may be null."""
    owner: OptionalNullable[str] = UNSET
    """Optional, and may be null."""
    tag: Optional[str] = None
    """Optional, never null."""
    size: Optional[Size] = None
    """Sizes were replaced by weights."""


class PetTypedDict(TypedDict):
    id: str
    nickname: Optional[str]
    """Required, and may be null."""
    owner: NotRequired[Optional[str]]
    """Optional, and may be null."""
    tag: NotRequired[Optional[str]]
    """Optional, never null."""
    size: NotRequired[Optional[Size]]
    """Sizes were replaced by weights."""
