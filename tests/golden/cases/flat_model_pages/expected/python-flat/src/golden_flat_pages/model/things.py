# Generated from spec.yaml. Do not edit.
"""Some things."""

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from . import thing

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .thing import Thing

Things: TypeAlias = "List[Thing]"

ThingsSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(thing.ThingSchema)
)
