# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import warnings
from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="POST",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=shared.PetInput,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreatePetResponse,
            body_models={"200": shared.Pet},
        )

    async def create_pet_async(
        self,
        *,
        request: Union[shared.PetInput, shared.PetInputTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreatePetResponse:
        """Create a pet"""
        http_req = self._build_request(
            method="POST",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=shared.PetInput,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreatePetResponse,
            body_models={"200": shared.Pet},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/pets/{petId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"petId": pet_id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetPetLegacyResponse,
            body_models={"200": shared.Pet},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/pets/{petId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"petId": pet_id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetPetLegacyResponse,
            body_models={"200": shared.Pet},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            query_params={"kind": kind, "page": page, "cursor": cursor},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ListPetsResponse,
            body_models={"200": operations.ListPetsResponseBody},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            query_params={"kind": kind, "page": page, "cursor": cursor},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListPetsResponse,
            body_models={"200": operations.ListPetsResponseBody},
        )
