# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Dog(TypedDict):
    bark: int


DogSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Dog",
    lambda: (schemas.Property("bark", "bark", schemas.IntSchema(), required=True),),
)
