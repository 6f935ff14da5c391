# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import ClassVar, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Created(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"id"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None


class CreatedTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
