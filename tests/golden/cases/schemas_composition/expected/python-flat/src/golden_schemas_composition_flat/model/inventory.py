# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from .. import composed


class Inventory(TypedDict):
    name: str


InventorySchema: schemas.ObjectSchema = composed.OpenObjectSchema(
    "Inventory",
    lambda: (schemas.Property("name", "name", schemas.StrSchema(), required=True),),
    additional=schemas.IntSchema(),
)
