# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel


class Created(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None


class CreatedTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
