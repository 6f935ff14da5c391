# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class LcmGenerationStyle(str, Enum, metaclass=OpenEnumMeta):
    """The style to generate LCM images with."""

    __deprecated_members__ = {
        "RENDER_3_D": "RENDER_3D",
    }
    """Former member names, still served with a DeprecationWarning."""

    ANIME = "ANIME"
    CINEMATIC = "CINEMATIC"
    DIGITAL_ART = "DIGITAL_ART"
    DYNAMIC = "DYNAMIC"
    ENVIRONMENT = "ENVIRONMENT"
    FANTASY_ART = "FANTASY_ART"
    ILLUSTRATION = "ILLUSTRATION"
    PHOTOGRAPHY = "PHOTOGRAPHY"
    RENDER_3D = "RENDER_3D"
    RAYTRACED = "RAYTRACED"
    SKETCH_BW = "SKETCH_BW"
    SKETCH_COLOR = "SKETCH_COLOR"
    VIBRANT = "VIBRANT"
    NONE = "NONE"
