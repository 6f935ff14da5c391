# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .events import Events

__all__ = [
    "Events",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Events": ".events",
    },
)
