# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class ModelAssetTextureTypes(str, Enum, metaclass=OpenEnumMeta):
    """When training model assets these are the texture types available to use."""

    ALBEDO = "ALBEDO"
    NORMAL = "NORMAL"
    ROUGHNESS = "ROUGHNESS"
    DISPLACEMENT = "DISPLACEMENT"
    HDRP_MASK = "HDRP_MASK"
