# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Conflict(TypedDict):
    conflict_with: str


ConflictSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Conflict",
    lambda: (
        schemas.Property(
            "conflictWith", "conflict_with", schemas.StrSchema(), required=True
        ),
    ),
)
