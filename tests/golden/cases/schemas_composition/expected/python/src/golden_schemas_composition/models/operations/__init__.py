# Generated from spec.yaml. Do not edit.

from .get_pet import GetPetResponse
from .create_pet import CreatePetResponse
from .list_shapes import ListShapesResponse
from .get_value import GetValueResponse
from .get_tree import GetTreeResponse
from .get_author import GetAuthorResponse
from .put_account import PutAccountResponse
from .get_inventory import GetInventoryResponse
from .get_misc import GetMiscChoiceCoordinates, GetMiscResponse, GetMiscResponseBody

__all__ = [
    "GetPetResponse",
    "CreatePetResponse",
    "ListShapesResponse",
    "GetValueResponse",
    "GetTreeResponse",
    "GetAuthorResponse",
    "PutAccountResponse",
    "GetInventoryResponse",
    "GetMiscChoiceCoordinates",
    "GetMiscResponse",
    "GetMiscResponseBody",
]
