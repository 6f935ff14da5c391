# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .account import *
    from .animal import *
    from .author import *
    from .book import *
    from .cat import *
    from .circle import *
    from .dog import *
    from .inventory import *
    from .mixed import *
    from .nullable_status import *
    from .priority import *
    from .square import *
    from .tree_node import *

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
