# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Dict, TypedDict

import pydantic


from ...types import BaseModel


class Inventory(BaseModel):
    __pydantic_extra__: Dict[str, int] = pydantic.Field(init=False)
    """Properties beyond the fields (additionalProperties), by wire name."""

    name: str


class InventoryTypedDict(TypedDict):
    name: str
