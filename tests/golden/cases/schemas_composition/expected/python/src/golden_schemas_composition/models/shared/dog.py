# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, ClassVar, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel


class Dog(BaseModel):
    """A dog (an Animal that barks)."""

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"tricks"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    name: str
    pet_type: Annotated[str, pydantic.Field(alias="petType")]
    bark: str
    tricks: Optional[List[List[str]]] = None


class DogTypedDict(TypedDict):
    """A dog (an Animal that barks)."""

    name: str
    pet_type: str
    bark: str
    tricks: NotRequired[Optional[List[List[str]]]]
