# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class CanvasRequestType(str, Enum, metaclass=OpenEnumMeta):
    """The type of request for the Canvas Editor."""

    __deprecated_members__ = {
        "IMG2_IMG": "IMG2IMG",
        "SKETCH2_IMG": "SKETCH2IMG",
    }
    """Former member names, still served with a DeprecationWarning."""

    INPAINT = "INPAINT"
    OUTPAINT = "OUTPAINT"
    SKETCH2IMG = "SKETCH2IMG"
    IMG2IMG = "IMG2IMG"
