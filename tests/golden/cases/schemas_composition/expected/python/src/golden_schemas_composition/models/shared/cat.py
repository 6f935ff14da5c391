# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, ClassVar, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel


class Cat(BaseModel):
    """A cat (an Animal that meows)."""

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"meow"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    name: str
    pet_type: Annotated[str, pydantic.Field(alias="petType")]
    meow: Optional[int] = None


class CatTypedDict(TypedDict):
    """A cat (an Animal that meows)."""

    name: str
    pet_type: str
    meow: NotRequired[Optional[int]]
