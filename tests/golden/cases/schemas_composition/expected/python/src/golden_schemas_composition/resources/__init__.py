# Generated from spec.yaml. Do not edit.

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
