# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class ControlnetType(str, Enum, metaclass=OpenEnumMeta):
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""

    __deprecated__ = "it will be removed from the API. This parameter will be deprecated in September 2024. Please use the controlnets array instead."
    """This enum is deprecated: calling it warns (PEP 702's attribute)."""

    POSE = "POSE"
    CANNY = "CANNY"
    DEPTH = "DEPTH"
