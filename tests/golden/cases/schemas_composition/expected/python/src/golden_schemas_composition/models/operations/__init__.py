# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .get_pet import *
    from .create_pet import *
    from .list_shapes import *
    from .get_value import *
    from .get_tree import *
    from .get_author import *
    from .put_account import *
    from .get_inventory import *
    from .get_misc import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".get_pet": "GetPetRequest GetPetRequestTypedDict GetPetResponse GetPetResponseTypedDict",
        ".create_pet": "CreatePetResponse CreatePetResponseTypedDict",
        ".list_shapes": "ListShapesResponse ListShapesResponseTypedDict",
        ".get_value": "GetValueResponse GetValueResponseTypedDict",
        ".get_tree": "GetTreeResponse GetTreeResponseTypedDict",
        ".get_author": "GetAuthorResponse GetAuthorResponseTypedDict",
        ".put_account": "PutAccountResponse PutAccountResponseTypedDict",
        ".get_inventory": "GetInventoryResponse GetInventoryResponseTypedDict",
        ".get_misc": "Coordinates CoordinatesTypedDict GetMiscResponse GetMiscResponseBody GetMiscResponseBodyTypedDict GetMiscResponseTypedDict",
    },
)
