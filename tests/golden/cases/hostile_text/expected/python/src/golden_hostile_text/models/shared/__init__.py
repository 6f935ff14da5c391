# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .security import Security, SecurityTypedDict

__all__ = [
    "Security",
    "SecurityTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Security": ".security",
        "SecurityTypedDict": ".security",
    },
)
