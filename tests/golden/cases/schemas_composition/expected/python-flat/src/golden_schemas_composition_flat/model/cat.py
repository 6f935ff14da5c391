# Generated from spec.yaml. Do not edit.
"""A cat (an Animal that meows)."""

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Cat(TypedDict):
    """A cat (an Animal that meows)."""

    name: str
    pet_type: str
    meow: NotRequired[int]


CatSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Cat",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("petType", "pet_type", schemas.StrSchema(), required=True),
        schemas.Property("meow", "meow", schemas.IntSchema()),
    ),
)
