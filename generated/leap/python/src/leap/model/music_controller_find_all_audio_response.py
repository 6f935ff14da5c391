# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from . import musicgen_inference_entity

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .musicgen_inference_entity import MusicgenInferenceEntity

MusicControllerFindAllAudioResponse: TypeAlias = "List[MusicgenInferenceEntity]"

MusicControllerFindAllAudioResponseSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(musicgen_inference_entity.MusicgenInferenceEntitySchema)
)
