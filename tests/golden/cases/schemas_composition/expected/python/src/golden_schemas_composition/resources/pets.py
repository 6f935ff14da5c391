# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations, shared
from ..unions import OneOf


class Pets(BaseSDK):
    def create_pet(
        self,
        *,
        request: Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreatePetResponse:
        http_req = self._build_request(
            method="POST",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=None,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreatePetResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Cat, shared.Dog, Dict[str, Any]],
                    OneOf(
                        "petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True
                    ),
                ]
            },
        )

    async def create_pet_async(
        self,
        *,
        request: Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreatePetResponse:
        http_req = self._build_request(
            method="POST",
            path="/pets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=None,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreatePetResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Cat, shared.Dog, Dict[str, Any]],
                    OneOf(
                        "petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True
                    ),
                ]
            },
        )

    def get_pet(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetPetResponse:
        http_req = self._build_request(
            method="GET",
            path="/pets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetPetResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Cat, shared.Dog, Dict[str, Any]],
                    OneOf(
                        "petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True
                    ),
                ]
            },
        )

    async def get_pet_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetPetResponse:
        http_req = self._build_request(
            method="GET",
            path="/pets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetPetResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Cat, shared.Dog, Dict[str, Any]],
                    OneOf(
                        "petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True
                    ),
                ]
            },
        )
