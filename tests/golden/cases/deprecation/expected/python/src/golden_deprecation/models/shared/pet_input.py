# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .size import Size

from ...types import BaseModel, OptionalNullable, UNSET


class PetInput(BaseModel):
    non_nullable_fields = frozenset({"legacy_code", "size", "tag"})

    deprecated_fields = {
        "legacy_code": "it will be removed from the API. Use the tag instead.",
        "size": "it will be removed from the API. Sizes were replaced by weights.",
    }

    name: str
    owner: OptionalNullable[str] = UNSET
    """Optional and nullable; null clears it."""
    legacy_code: Annotated[Optional[str], pydantic.Field(alias="legacyCode")] = None
    """Use the tag instead."""
    size: Optional[Size] = None
    """Sizes were replaced by weights."""
    tag: Optional[str] = None


class PetInputTypedDict(TypedDict):
    name: str
    owner: NotRequired[Optional[str]]
    """Optional and nullable; null clears it."""
    legacy_code: NotRequired[Optional[str]]
    """Use the tag instead."""
    size: NotRequired[Optional[Size]]
    """Sizes were replaced by weights."""
    tag: NotRequired[Optional[str]]
