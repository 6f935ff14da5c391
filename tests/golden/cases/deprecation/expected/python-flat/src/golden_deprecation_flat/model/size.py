# Generated from spec.yaml. Do not edit.
"""Sizes were replaced by weights."""

from __future__ import annotations

from typing import Literal

from .. import schemas

Size = Literal["small", "large"]
"""Sizes were replaced by weights."""

SizeSchema = schemas.EnumSchema("Size", ("small", "large"))
