# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

InferenceEntityState = Literal["failed", "finished", "processing", "queued"]

InferenceEntityStateSchema = schemas.EnumSchema(
    "InferenceEntityState", ("failed", "finished", "processing", "queued")
)
