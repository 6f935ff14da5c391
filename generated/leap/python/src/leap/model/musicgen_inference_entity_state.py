# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

MusicgenInferenceEntityState = Literal["failed", "finished", "processing", "queued"]

MusicgenInferenceEntityStateSchema = schemas.EnumSchema(
    "MusicgenInferenceEntityState", ("failed", "finished", "processing", "queued")
)
