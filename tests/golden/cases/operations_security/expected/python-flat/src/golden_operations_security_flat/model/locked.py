# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Locked(TypedDict):
    locked_until: str


LockedSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Locked",
    lambda: (
        schemas.Property(
            "lockedUntil", "locked_until", schemas.StrSchema(), required=True
        ),
    ),
)
