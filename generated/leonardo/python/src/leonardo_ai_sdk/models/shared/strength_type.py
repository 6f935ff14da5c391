# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class StrengthType(str, Enum, metaclass=OpenEnumMeta):
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets."""

    LOW = "Low"
    MID = "Mid"
    HIGH = "High"
    ULTRA = "Ultra"
    MAX = "Max"
