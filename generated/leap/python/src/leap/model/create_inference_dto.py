# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class CreateInferenceDto(TypedDict):
    prompt: str
    """A text description of the image you what you want to generate."""
    negative_prompt: NotRequired[str]
    """A text description of what the image should try to avoid generating."""
    steps: NotRequired[float]
    """How many steps the AI will take to generate the image. Lower is faster but less detailed, higher is slower more detailed."""
    width: NotRequired[float]
    """The width of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models."""
    height: NotRequired[float]
    """The height of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models."""
    number_of_images: NotRequired[float]
    """The number of images to generate, up to 4."""
    prompt_strength: NotRequired[float]
    """The higher the prompt strength, the closer the generated image will be to the prompt. Must be between 0 and 30."""
    seed: NotRequired[float]
    """A random number to use as a seed when generating the image. This is helpful if you want to generate the same image multiple times. If you want to generate different images, keep this empty or provide a random number."""
    webhook_url: NotRequired[str]
    """An optional webhook URL that will be called with a POST request when the image generation request completes."""


CreateInferenceDtoSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "CreateInferenceDto",
    lambda: (
        schemas.Property("prompt", "prompt", schemas.StrSchema(), required=True),
        schemas.Property("negativePrompt", "negative_prompt", schemas.StrSchema()),
        schemas.Property("steps", "steps", schemas.NumberSchema()),
        schemas.Property("width", "width", schemas.NumberSchema()),
        schemas.Property("height", "height", schemas.NumberSchema()),
        schemas.Property("numberOfImages", "number_of_images", schemas.NumberSchema()),
        schemas.Property("promptStrength", "prompt_strength", schemas.NumberSchema()),
        schemas.Property("seed", "seed", schemas.NumberSchema()),
        schemas.Property("webhookUrl", "webhook_url", schemas.StrSchema()),
    ),
)
