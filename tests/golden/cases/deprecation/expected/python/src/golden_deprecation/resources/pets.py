# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import warnings
from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations, shared
from ..types import OptionalNullable, UNSET


class Pets(BaseSDK):
    def create_pet(
        self,
        *,
        request: Union[shared.PetInput, shared.PetInputTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreatePetResponse:
        """Create a pet"""
        return self._call(_op_create_pet, locals())

    create_pet_async = async_twin(create_pet)

    def get_pet_legacy(
        self,
        *,
        pet_id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetPetLegacyResponse:
        """Get a pet (old)

        Use listPets with a cursor instead."""
        warnings.warn(
            "pets.get_pet_legacy() is deprecated: it will be removed from the API. Use listPets with a cursor instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._call(_op_get_pet_legacy, locals())

    async def get_pet_legacy_async(
        self,
        *,
        pet_id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetPetLegacyResponse:
        """Get a pet (old)

        Use listPets with a cursor instead."""
        warnings.warn(
            "pets.get_pet_legacy() is deprecated: it will be removed from the API. Use listPets with a cursor instead.",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._call_async(_op_get_pet_legacy, locals())

    def list_pets(
        self,
        *,
        kind: OptionalNullable[str] = UNSET,
        page: Optional[int] = None,
        cursor: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPetsResponse:
        """List pets"""
        if page is not None:
            warnings.warn(
                "the parameter 'page' is deprecated: it will be removed from the API. Use the cursor instead.",
                DeprecationWarning,
                stacklevel=2,
            )
        return self._call(_op_list_pets, locals())

    async def list_pets_async(
        self,
        *,
        kind: OptionalNullable[str] = UNSET,
        page: Optional[int] = None,
        cursor: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPetsResponse:
        """List pets"""
        if page is not None:
            warnings.warn(
                "the parameter 'page' is deprecated: it will be removed from the API. Use the cursor instead.",
                DeprecationWarning,
                stacklevel=2,
            )
        return await self._call_async(_op_list_pets, locals())


# what each operation sends and expects, for its two methods
_op_create_pet = Op(
    "POST",
    "/pets",
    lambda: (operations.CreatePetResponse, {"200": shared.Pet}, shared.PetInput),
    body="request",
    required=True,
)
_op_get_pet_legacy = Op(
    "GET",
    "/pets/{petId}",
    lambda: (operations.GetPetLegacyResponse, {"200": shared.Pet}, None),
    path_params={"petId": "pet_id"},
)
_op_list_pets = Op(
    "GET",
    "/pets",
    lambda: (
        operations.ListPetsResponse,
        {"200": operations.ListPetsResponseBody},
        None,
    ),
    query={"kind": "kind", "page": "page", "cursor": "cursor"},
)
