# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

Level = Literal[1, 2]

LevelSchema = schemas.EnumSchema("Level", (1, 2))
