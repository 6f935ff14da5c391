# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import musicgen_inference_entity_state

if typing.TYPE_CHECKING:
    from .musicgen_inference_entity_state import MusicgenInferenceEntityState


class MusicgenInferenceEntity(TypedDict):
    id: str
    created_at: str
    prompt: str
    state: Union[MusicgenInferenceEntityState, str]
    media_uri: NotRequired[str]


MusicgenInferenceEntitySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "MusicgenInferenceEntity",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(), required=True),
        schemas.Property(
            "createdAt",
            "created_at",
            schemas.StrSchema(format="date-time"),
            required=True,
        ),
        schemas.Property("prompt", "prompt", schemas.StrSchema(), required=True),
        schemas.Property(
            "state",
            "state",
            musicgen_inference_entity_state.MusicgenInferenceEntityStateSchema,
            required=True,
        ),
        schemas.Property("media_uri", "media_uri", schemas.StrSchema()),
    ),
)
