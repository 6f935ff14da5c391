# Generated from spec.yaml. Do not edit.

from .account import Account
from .animal import Animal
from .author import Author
from .book import Book
from .cat import Cat
from .circle import Circle
from .dog import Dog
from .inventory import Inventory
from .mixed import Mixed
from .nullable_status import NullableStatus
from .priority import Priority
from .square import Square
from .tree_node import TreeNode

__all__ = [
    "Account",
    "Animal",
    "Author",
    "Book",
    "Cat",
    "Circle",
    "Dog",
    "Inventory",
    "Mixed",
    "NullableStatus",
    "Priority",
    "Square",
    "TreeNode",
]
