# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import inference_entity_state
from . import inference_entity_upscaling_option
from . import inference_image_entity

if typing.TYPE_CHECKING:
    from .inference_entity_state import InferenceEntityState
    from .inference_entity_upscaling_option import InferenceEntityUpscalingOption
    from .inference_image_entity import InferenceImageEntity


class InferenceEntity(TypedDict):
    id: str
    created_at: str
    prompt: str
    negative_prompt: str
    seed: float
    width: float
    height: float
    prompt_strength: float
    number_of_images: float
    state: Union[InferenceEntityState, str]
    steps: float
    images: List[InferenceImageEntity]
    model_id: List[str]
    upscaling_option: Union[InferenceEntityUpscalingOption, str]


InferenceEntitySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "InferenceEntity",
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
            "negativePrompt", "negative_prompt", schemas.StrSchema(), required=True
        ),
        schemas.Property("seed", "seed", schemas.NumberSchema(), required=True),
        schemas.Property("width", "width", schemas.NumberSchema(), required=True),
        schemas.Property("height", "height", schemas.NumberSchema(), required=True),
        schemas.Property(
            "promptStrength", "prompt_strength", schemas.NumberSchema(), required=True
        ),
        schemas.Property(
            "numberOfImages", "number_of_images", schemas.NumberSchema(), required=True
        ),
        schemas.Property(
            "state",
            "state",
            inference_entity_state.InferenceEntityStateSchema,
            required=True,
        ),
        schemas.Property("steps", "steps", schemas.NumberSchema(), required=True),
        schemas.Property(
            "images",
            "images",
            schemas.ListSchema(inference_image_entity.InferenceImageEntitySchema),
            required=True,
        ),
        schemas.Property(
            "modelId",
            "model_id",
            schemas.ListSchema(schemas.StrSchema()),
            required=True,
        ),
        schemas.Property(
            "upscalingOption",
            "upscaling_option",
            inference_entity_upscaling_option.InferenceEntityUpscalingOptionSchema,
            required=True,
        ),
    ),
)
