# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .circle import Circle, CircleTypedDict
    from .event import Event, EventTypedDict
    from .level import Level
    from .square import Square, SquareTypedDict

__all__ = [
    "Circle",
    "CircleTypedDict",
    "Event",
    "EventTypedDict",
    "Level",
    "Square",
    "SquareTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Circle": ".circle",
        "CircleTypedDict": ".circle",
        "Event": ".event",
        "EventTypedDict": ".event",
        "Level": ".level",
        "Square": ".square",
        "SquareTypedDict": ".square",
    },
)
