# Generated from spec/leap/openapi.yaml. Do not edit.
"""Select a mode, each option generates different results. Melody is best for melody, music is best for full songs"""

from __future__ import annotations

from typing import Literal

from .. import schemas

CreateMusicgenInferenceDtoMode = Literal["melody", "music"]
"""Select a mode, each option generates different results. Melody is best for melody, music is best for full songs"""

CreateMusicgenInferenceDtoModeSchema = schemas.EnumSchema(
    "CreateMusicgenInferenceDtoMode", ("melody", "music")
)
