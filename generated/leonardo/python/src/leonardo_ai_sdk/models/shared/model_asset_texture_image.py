# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict

from .model_asset_texture_types import ModelAssetTextureTypes

from ...types import BaseModel, OptionalNullable, UNSET


class ModelAssetTextureImage(BaseModel):
    """columns and relationships of "model_asset_texture_images" """

    non_nullable_fields = frozenset({"type", "url"})

    id: OptionalNullable[str] = UNSET
    type: Optional[ModelAssetTextureTypes] = None
    """When training model assets these are the texture types available to use."""
    url: Optional[str] = None


class ModelAssetTextureImageTypedDict(TypedDict):
    """columns and relationships of "model_asset_texture_images" """

    id: NotRequired[Optional[str]]
    type: NotRequired[Optional[ModelAssetTextureTypes]]
    """When training model assets these are the texture types available to use."""
    url: NotRequired[Optional[str]]
