# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, Literal, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Square(TypedDict):
    kind: Literal["square"]
    side: float


SquareSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Square",
    lambda: (
        schemas.Property(
            "kind", "kind", schemas.EnumSchema("square", ("square",)), required=True
        ),
        schemas.Property("side", "side", schemas.NumberSchema(), required=True),
    ),
)
