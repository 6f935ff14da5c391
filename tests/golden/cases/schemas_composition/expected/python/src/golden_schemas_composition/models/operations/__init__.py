# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .get_pet import (
        GetPetRequest as GetPetRequest,
        GetPetRequestTypedDict as GetPetRequestTypedDict,
        GetPetResponse as GetPetResponse,
        GetPetResponseTypedDict as GetPetResponseTypedDict,
    )
    from .create_pet import (
        CreatePetResponse as CreatePetResponse,
        CreatePetResponseTypedDict as CreatePetResponseTypedDict,
    )
    from .list_shapes import (
        ListShapesResponse as ListShapesResponse,
        ListShapesResponseTypedDict as ListShapesResponseTypedDict,
    )
    from .get_value import (
        GetValueResponse as GetValueResponse,
        GetValueResponseTypedDict as GetValueResponseTypedDict,
    )
    from .get_tree import (
        GetTreeResponse as GetTreeResponse,
        GetTreeResponseTypedDict as GetTreeResponseTypedDict,
    )
    from .get_author import (
        GetAuthorResponse as GetAuthorResponse,
        GetAuthorResponseTypedDict as GetAuthorResponseTypedDict,
    )
    from .put_account import (
        PutAccountResponse as PutAccountResponse,
        PutAccountResponseTypedDict as PutAccountResponseTypedDict,
    )
    from .get_inventory import (
        GetInventoryResponse as GetInventoryResponse,
        GetInventoryResponseTypedDict as GetInventoryResponseTypedDict,
    )
    from .get_misc import (
        Coordinates as Coordinates,
        CoordinatesTypedDict as CoordinatesTypedDict,
        GetMiscResponse as GetMiscResponse,
        GetMiscResponseBody as GetMiscResponseBody,
        GetMiscResponseBodyTypedDict as GetMiscResponseBodyTypedDict,
        GetMiscResponseTypedDict as GetMiscResponseTypedDict,
    )

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
