# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

ThingMood = Literal["happy", "sad"]

ThingMoodSchema = schemas.EnumSchema("ThingMood", ("happy", "sad"))
