# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

Priority = Literal[1, 2, 3]

PrioritySchema = schemas.EnumSchema("Priority", (1, 2, 3))
