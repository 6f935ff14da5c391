# Generated from spec.yaml. Do not edit.
"""What every pet has."""

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Animal(TypedDict):
    """What every pet has."""

    name: str
    pet_type: str


AnimalSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Animal",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("petType", "pet_type", schemas.StrSchema(), required=True),
    ),
)
