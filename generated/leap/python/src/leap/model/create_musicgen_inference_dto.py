# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import create_musicgen_inference_dto_mode

if typing.TYPE_CHECKING:
    from .create_musicgen_inference_dto_mode import CreateMusicgenInferenceDtoMode


class CreateMusicgenInferenceDto(TypedDict):
    prompt: str
    """A description of the music you want to generate."""
    mode: Union[CreateMusicgenInferenceDtoMode, str]
    """Select a mode, each option generates different results. Melody is best for melody, music is best for full songs"""
    duration: float
    """Duration of the generated audio in seconds. Max 30 seconds."""


CreateMusicgenInferenceDtoSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "CreateMusicgenInferenceDto",
    lambda: (
        schemas.Property("prompt", "prompt", schemas.StrSchema(), required=True),
        schemas.Property(
            "mode",
            "mode",
            create_musicgen_inference_dto_mode.CreateMusicgenInferenceDtoModeSchema,
            required=True,
        ),
        schemas.Property("duration", "duration", schemas.NumberSchema(), required=True),
    ),
)
