# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class SearchPoint(TypedDict):
    x: NotRequired[int]
    y: NotRequired[int]


SearchPointSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "SearchPoint",
    lambda: (
        schemas.Property("x", "x", schemas.IntSchema()),
        schemas.Property("y", "y", schemas.IntSchema()),
    ),
)
