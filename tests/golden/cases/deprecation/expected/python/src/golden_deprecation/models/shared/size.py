# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class Size(str, Enum, metaclass=OpenEnumMeta):
    """Sizes were replaced by weights."""

    __deprecated__ = "it will be removed from the API. Sizes were replaced by weights."
    """This enum is deprecated: calling it warns (PEP 702's attribute)."""

    SMALL = "small"
    LARGE = "large"
