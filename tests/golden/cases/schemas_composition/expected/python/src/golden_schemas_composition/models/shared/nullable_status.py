# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class NullableStatus(str, Enum, metaclass=OpenEnumMeta):
    ACTIVE = "active"
    PAUSED = "paused"
