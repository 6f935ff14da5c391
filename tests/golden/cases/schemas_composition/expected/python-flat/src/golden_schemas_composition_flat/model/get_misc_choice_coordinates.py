# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class GetMiscChoiceCoordinates(TypedDict):
    x: NotRequired[float]
    y: NotRequired[float]


GetMiscChoiceCoordinatesSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "GetMiscChoiceCoordinates",
    lambda: (
        schemas.Property("x", "x", schemas.NumberSchema()),
        schemas.Property("y", "y", schemas.NumberSchema()),
    ),
)
