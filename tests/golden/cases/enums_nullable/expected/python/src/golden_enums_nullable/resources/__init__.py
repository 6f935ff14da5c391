# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .jobs import Jobs

__all__ = [
    "Jobs",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Jobs": ".jobs",
    },
)
