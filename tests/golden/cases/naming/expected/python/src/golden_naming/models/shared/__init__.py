# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    pass

__all__ = []

__getattr__, __dir__ = attach(
    __name__,
    {},
)
