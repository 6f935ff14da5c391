# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class Kind(str, Enum, metaclass=OpenEnumMeta):
    IMAGE = "image"
    VIDEO = "video"
