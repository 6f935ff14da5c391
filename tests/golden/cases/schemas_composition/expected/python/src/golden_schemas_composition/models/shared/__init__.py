# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .account import Account as Account, AccountTypedDict as AccountTypedDict
    from .animal import Animal as Animal, AnimalTypedDict as AnimalTypedDict
    from .author import Author as Author, AuthorTypedDict as AuthorTypedDict
    from .book import Book as Book, BookTypedDict as BookTypedDict
    from .cat import Cat as Cat, CatTypedDict as CatTypedDict
    from .circle import Circle as Circle, CircleTypedDict as CircleTypedDict
    from .dog import Dog as Dog, DogTypedDict as DogTypedDict
    from .inventory import (
        Inventory as Inventory,
        InventoryTypedDict as InventoryTypedDict,
    )
    from .mixed import Mixed as Mixed
    from .nullable_status import NullableStatus as NullableStatus
    from .priority import Priority as Priority
    from .square import Square as Square, SquareTypedDict as SquareTypedDict
    from .tree_node import TreeNode as TreeNode, TreeNodeTypedDict as TreeNodeTypedDict

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".account": "Account AccountTypedDict",
        ".animal": "Animal AnimalTypedDict",
        ".author": "Author AuthorTypedDict",
        ".book": "Book BookTypedDict",
        ".cat": "Cat CatTypedDict",
        ".circle": "Circle CircleTypedDict",
        ".dog": "Dog DogTypedDict",
        ".inventory": "Inventory InventoryTypedDict",
        ".mixed": "Mixed",
        ".nullable_status": "NullableStatus",
        ".priority": "Priority",
        ".square": "Square SquareTypedDict",
        ".tree_node": "TreeNode TreeNodeTypedDict",
    },
)
