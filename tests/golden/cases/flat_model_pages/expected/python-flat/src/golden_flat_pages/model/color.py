# Generated from spec.yaml. Do not edit.
"""A color."""

from __future__ import annotations

from typing import Literal

from .. import schemas

Color = Literal["red", "green"]
"""A color."""

ColorSchema = schemas.EnumSchema("Color", ("red", "green"))
