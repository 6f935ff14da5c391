# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class Level(int, Enum, metaclass=OpenEnumMeta):
    VALUE_1 = 1
    VALUE_2 = 2
