# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel


class Dog(BaseModel):
    """A dog (an Animal that barks)."""

    non_nullable_fields = frozenset({"tricks"})

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
