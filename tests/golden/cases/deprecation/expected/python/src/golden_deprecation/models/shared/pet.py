# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict

from .size import Size

from ...types import BaseModel, OptionalNullable, UNSET


class Pet(BaseModel):
    non_nullable_fields = frozenset({"tag", "size"})

    deprecated_fields = {
        "size": "it will be removed from the API. Sizes were replaced by weights.",
    }

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
