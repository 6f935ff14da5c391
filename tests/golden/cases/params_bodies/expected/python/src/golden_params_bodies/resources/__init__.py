# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .things import Things

__all__ = [
    "Things",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Things": ".things",
    },
)
