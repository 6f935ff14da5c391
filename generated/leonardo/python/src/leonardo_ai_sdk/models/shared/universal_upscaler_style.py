# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class UniversalUpscalerStyle(str, Enum, metaclass=OpenEnumMeta):
    """The style to upscale images using universal upscaler with."""

    __deprecated_members__ = {
        "CG_ART_AND_GAME_ASSETS": "CG_ART_GAME_ASSETS",
        "TWO_D_ART_AND_ILLUSTRATION": "VALUE_2D_ART_ILLUSTRATION",
    }
    """Former member names, still served with a DeprecationWarning."""

    GENERAL = "GENERAL"
    CINEMATIC = "CINEMATIC"
    VALUE_2D_ART_ILLUSTRATION = "2D ART & ILLUSTRATION"
    CG_ART_GAME_ASSETS = "CG ART & GAME ASSETS"
