# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .pets import Pets
    from .shapes import Shapes
    from .graphs import Graphs
    from .accounts import Accounts

__all__ = [
    "Pets",
    "Shapes",
    "Graphs",
    "Accounts",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Pets": ".pets",
        "Shapes": ".shapes",
        "Graphs": ".graphs",
        "Accounts": ".accounts",
    },
)
