# Generated from spec/leap/openapi.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .generate_images_api import GenerateImagesApi
from .generate_music_api import GenerateMusicApi
from .train_image_models_api import TrainImageModelsApi

__all__ = [
    "GenerateImagesApi",
    "GenerateMusicApi",
    "TrainImageModelsApi",
]
