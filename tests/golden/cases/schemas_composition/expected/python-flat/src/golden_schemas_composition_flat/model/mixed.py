# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas
from .. import composed

Mixed = Literal[1, "two", 3]

MixedSchema = composed.MixedEnumSchema("Mixed", (1, "two", 3))
