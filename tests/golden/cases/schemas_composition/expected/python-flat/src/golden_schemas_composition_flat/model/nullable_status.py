# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

NullableStatus = Literal["active", "paused"]

NullableStatusSchema = schemas.EnumSchema("NullableStatus", ("active", "paused"))
