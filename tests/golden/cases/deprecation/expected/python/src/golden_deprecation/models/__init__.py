# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from . import errors, operations, shared

__all__ = ["errors", "operations", "shared"]

__getattr__, __dir__ = attach(
    __name__, {"errors": ".errors", "operations": ".operations", "shared": ".shared"}
)
