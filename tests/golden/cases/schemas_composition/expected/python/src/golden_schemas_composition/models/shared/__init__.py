# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .account import Account, AccountTypedDict
    from .animal import Animal, AnimalTypedDict
    from .author import Author, AuthorTypedDict
    from .book import Book, BookTypedDict
    from .cat import Cat, CatTypedDict
    from .circle import Circle, CircleTypedDict
    from .dog import Dog, DogTypedDict
    from .inventory import Inventory, InventoryTypedDict
    from .mixed import Mixed
    from .nullable_status import NullableStatus
    from .priority import Priority
    from .square import Square, SquareTypedDict
    from .tree_node import TreeNode, TreeNodeTypedDict

__all__ = [
    "Account",
    "AccountTypedDict",
    "Animal",
    "AnimalTypedDict",
    "Author",
    "AuthorTypedDict",
    "Book",
    "BookTypedDict",
    "Cat",
    "CatTypedDict",
    "Circle",
    "CircleTypedDict",
    "Dog",
    "DogTypedDict",
    "Inventory",
    "InventoryTypedDict",
    "Mixed",
    "NullableStatus",
    "Priority",
    "Square",
    "SquareTypedDict",
    "TreeNode",
    "TreeNodeTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Account": ".account",
        "AccountTypedDict": ".account",
        "Animal": ".animal",
        "AnimalTypedDict": ".animal",
        "Author": ".author",
        "AuthorTypedDict": ".author",
        "Book": ".book",
        "BookTypedDict": ".book",
        "Cat": ".cat",
        "CatTypedDict": ".cat",
        "Circle": ".circle",
        "CircleTypedDict": ".circle",
        "Dog": ".dog",
        "DogTypedDict": ".dog",
        "Inventory": ".inventory",
        "InventoryTypedDict": ".inventory",
        "Mixed": ".mixed",
        "NullableStatus": ".nullable_status",
        "Priority": ".priority",
        "Square": ".square",
        "SquareTypedDict": ".square",
        "TreeNode": ".tree_node",
        "TreeNodeTypedDict": ".tree_node",
    },
)
