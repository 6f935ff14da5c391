# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .list_pets import (
        ListPetsRequest,
        ListPetsRequestTypedDict,
        ListPetsResponse,
        ListPetsResponseBody,
        ListPetsResponseBodyTypedDict,
        ListPetsResponseTypedDict,
    )
    from .create_pet import CreatePetResponse, CreatePetResponseTypedDict
    from .get_pet_legacy import (
        GetPetLegacyRequest,
        GetPetLegacyRequestTypedDict,
        GetPetLegacyResponse,
        GetPetLegacyResponseTypedDict,
    )

__all__ = [
    "ListPetsRequest",
    "ListPetsRequestTypedDict",
    "ListPetsResponse",
    "ListPetsResponseBody",
    "ListPetsResponseBodyTypedDict",
    "ListPetsResponseTypedDict",
    "CreatePetResponse",
    "CreatePetResponseTypedDict",
    "GetPetLegacyRequest",
    "GetPetLegacyRequestTypedDict",
    "GetPetLegacyResponse",
    "GetPetLegacyResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "ListPetsRequest": ".list_pets",
        "ListPetsRequestTypedDict": ".list_pets",
        "ListPetsResponse": ".list_pets",
        "ListPetsResponseBody": ".list_pets",
        "ListPetsResponseBodyTypedDict": ".list_pets",
        "ListPetsResponseTypedDict": ".list_pets",
        "CreatePetResponse": ".create_pet",
        "CreatePetResponseTypedDict": ".create_pet",
        "GetPetLegacyRequest": ".get_pet_legacy",
        "GetPetLegacyRequestTypedDict": ".get_pet_legacy",
        "GetPetLegacyResponse": ".get_pet_legacy",
        "GetPetLegacyResponseTypedDict": ".get_pet_legacy",
    },
)
