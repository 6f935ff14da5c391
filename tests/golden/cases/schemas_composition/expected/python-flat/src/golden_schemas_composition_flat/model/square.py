# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Square(TypedDict):
    side: float


SquareSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Square",
    lambda: (schemas.Property("side", "side", schemas.NumberSchema(), required=True),),
)
