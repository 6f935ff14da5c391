# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .odd import Odd

__all__ = [
    "Odd",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Odd": ".odd",
    },
)
