# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

GetThingPartLevel = Literal[1, 2, 3]

GetThingPartLevelSchema = schemas.EnumSchema("GetThingPartLevel", (1, 2, 3))
