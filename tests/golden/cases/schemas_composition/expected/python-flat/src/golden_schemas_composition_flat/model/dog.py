# Generated from spec.yaml. Do not edit.
"""A dog (an Animal that barks)."""

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Dog(TypedDict):
    """A dog (an Animal that barks)."""

    name: str
    pet_type: str
    bark: str
    tricks: NotRequired[List[List[str]]]


DogSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Dog",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("petType", "pet_type", schemas.StrSchema(), required=True),
        schemas.Property("bark", "bark", schemas.StrSchema(), required=True),
        schemas.Property(
            "tricks",
            "tricks",
            schemas.ListSchema(schemas.ListSchema(schemas.StrSchema())),
        ),
    ),
)
