# Generated from spec.yaml. Do not edit.

from .circle import Circle
from .event import Event
from .level import Level
from .square import Square

__all__ = [
    "Circle",
    "Event",
    "Level",
    "Square",
]
