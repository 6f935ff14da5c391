# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel


class Cat(BaseModel):
    """A cat (an Animal that meows)."""

    non_nullable_fields = frozenset({"meow"})

    name: str
    pet_type: Annotated[str, pydantic.Field(alias="petType")]
    meow: Optional[int] = None


class CatTypedDict(TypedDict):
    """A cat (an Animal that meows)."""

    name: str
    pet_type: str
    meow: NotRequired[Optional[int]]
