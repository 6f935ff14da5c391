# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, TypedDict

import pydantic


from ...types import BaseModel


class Animal(BaseModel):
    """What every pet has."""

    name: str
    pet_type: Annotated[str, pydantic.Field(alias="petType")]


class AnimalTypedDict(TypedDict):
    """What every pet has."""

    name: str
    pet_type: str
