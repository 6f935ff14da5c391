# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class Mixed(Enum, metaclass=OpenEnumMeta):
    VALUE_1 = 1
    TWO = "two"
    VALUE_3 = 3
