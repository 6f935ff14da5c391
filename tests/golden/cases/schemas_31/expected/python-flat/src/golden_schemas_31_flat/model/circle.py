# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, Literal, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Circle(TypedDict):
    kind: Literal["circle"]
    radius: float


CircleSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Circle",
    lambda: (
        schemas.Property(
            "kind", "kind", schemas.EnumSchema("circle", ("circle",)), required=True
        ),
        schemas.Property("radius", "radius", schemas.NumberSchema(), required=True),
    ),
)
