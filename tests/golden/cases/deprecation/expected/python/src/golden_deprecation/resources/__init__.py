# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .pets import Pets

__all__ = [
    "Pets",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Pets": ".pets",
    },
)
