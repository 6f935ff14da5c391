# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .get_pet import (
        GetPetRequest,
        GetPetRequestTypedDict,
        GetPetResponse,
        GetPetResponseTypedDict,
    )
    from .create_pet import CreatePetResponse, CreatePetResponseTypedDict
    from .list_shapes import ListShapesResponse, ListShapesResponseTypedDict
    from .get_value import GetValueResponse, GetValueResponseTypedDict
    from .get_tree import GetTreeResponse, GetTreeResponseTypedDict
    from .get_author import GetAuthorResponse, GetAuthorResponseTypedDict
    from .put_account import PutAccountResponse, PutAccountResponseTypedDict
    from .get_inventory import GetInventoryResponse, GetInventoryResponseTypedDict
    from .get_misc import (
        Coordinates,
        CoordinatesTypedDict,
        GetMiscResponse,
        GetMiscResponseBody,
        GetMiscResponseBodyTypedDict,
        GetMiscResponseTypedDict,
    )

__all__ = [
    "GetPetRequest",
    "GetPetRequestTypedDict",
    "GetPetResponse",
    "GetPetResponseTypedDict",
    "CreatePetResponse",
    "CreatePetResponseTypedDict",
    "ListShapesResponse",
    "ListShapesResponseTypedDict",
    "GetValueResponse",
    "GetValueResponseTypedDict",
    "GetTreeResponse",
    "GetTreeResponseTypedDict",
    "GetAuthorResponse",
    "GetAuthorResponseTypedDict",
    "PutAccountResponse",
    "PutAccountResponseTypedDict",
    "GetInventoryResponse",
    "GetInventoryResponseTypedDict",
    "Coordinates",
    "CoordinatesTypedDict",
    "GetMiscResponse",
    "GetMiscResponseBody",
    "GetMiscResponseBodyTypedDict",
    "GetMiscResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "GetPetRequest": ".get_pet",
        "GetPetRequestTypedDict": ".get_pet",
        "GetPetResponse": ".get_pet",
        "GetPetResponseTypedDict": ".get_pet",
        "CreatePetResponse": ".create_pet",
        "CreatePetResponseTypedDict": ".create_pet",
        "ListShapesResponse": ".list_shapes",
        "ListShapesResponseTypedDict": ".list_shapes",
        "GetValueResponse": ".get_value",
        "GetValueResponseTypedDict": ".get_value",
        "GetTreeResponse": ".get_tree",
        "GetTreeResponseTypedDict": ".get_tree",
        "GetAuthorResponse": ".get_author",
        "GetAuthorResponseTypedDict": ".get_author",
        "PutAccountResponse": ".put_account",
        "PutAccountResponseTypedDict": ".put_account",
        "GetInventoryResponse": ".get_inventory",
        "GetInventoryResponseTypedDict": ".get_inventory",
        "Coordinates": ".get_misc",
        "CoordinatesTypedDict": ".get_misc",
        "GetMiscResponse": ".get_misc",
        "GetMiscResponseBody": ".get_misc",
        "GetMiscResponseBodyTypedDict": ".get_misc",
        "GetMiscResponseTypedDict": ".get_misc",
    },
)
