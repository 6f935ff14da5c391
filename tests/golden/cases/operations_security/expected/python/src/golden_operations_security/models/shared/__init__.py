# Generated from spec.yaml. Do not edit.

from .created import Created
from .item import Item
from .problem import Problem

__all__ = [
    "Created",
    "Item",
    "Problem",
]
