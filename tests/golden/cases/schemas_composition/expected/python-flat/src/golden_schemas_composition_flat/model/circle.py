# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Circle(TypedDict):
    radius: float


CircleSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Circle",
    lambda: (
        schemas.Property("radius", "radius", schemas.NumberSchema(), required=True),
    ),
)
