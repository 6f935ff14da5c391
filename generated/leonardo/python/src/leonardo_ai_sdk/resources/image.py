# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Image(BaseSDK):
    def create_generation(
        self,
        *,
        request: Union[
            operations.CreateGenerationRequestBody,
            operations.CreateGenerationRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateGenerationResponse:
        """Create a Generation of Images

        This endpoint will generate images"""
        http_req = self._build_request(
            method="POST",
            path="/generations",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateGenerationRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateGenerationResponse,
            body_models={"200": operations.CreateGenerationResponseBody},
        )

    async def create_generation_async(
        self,
        *,
        request: Union[
            operations.CreateGenerationRequestBody,
            operations.CreateGenerationRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateGenerationResponse:
        """Create a Generation of Images

        This endpoint will generate images"""
        http_req = self._build_request(
            method="POST",
            path="/generations",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateGenerationRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateGenerationResponse,
            body_models={"200": operations.CreateGenerationResponseBody},
        )

    def delete_generation_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteGenerationByIDResponse:
        """Delete a Single Generation

        This endpoint deletes a specific generation"""
        http_req = self._build_request(
            method="DELETE",
            path="/generations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DeleteGenerationByIDResponse,
            body_models={"200": operations.DeleteGenerationByIDResponseBody},
        )

    async def delete_generation_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteGenerationByIDResponse:
        """Delete a Single Generation

        This endpoint deletes a specific generation"""
        http_req = self._build_request(
            method="DELETE",
            path="/generations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DeleteGenerationByIDResponse,
            body_models={"200": operations.DeleteGenerationByIDResponseBody},
        )

    def get_generation_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetGenerationByIDResponse:
        """Get a Single Generation

        This endpoint will provide information about a specific generation"""
        http_req = self._build_request(
            method="GET",
            path="/generations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetGenerationByIDResponse,
            body_models={"200": operations.GetGenerationByIDResponseBody},
        )

    async def get_generation_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetGenerationByIDResponse:
        """Get a Single Generation

        This endpoint will provide information about a specific generation"""
        http_req = self._build_request(
            method="GET",
            path="/generations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetGenerationByIDResponse,
            body_models={"200": operations.GetGenerationByIDResponseBody},
        )

    def get_generations_by_user_id(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetGenerationsByUserIDResponse:
        """Get generations by user ID

        This endpoint returns all generations by a specific user"""
        http_req = self._build_request(
            method="GET",
            path="/generations/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "offset": offset},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetGenerationsByUserIDResponse,
            body_models={"200": operations.GetGenerationsByUserIDResponseBody},
        )

    async def get_generations_by_user_id_async(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetGenerationsByUserIDResponse:
        """Get generations by user ID

        This endpoint returns all generations by a specific user"""
        http_req = self._build_request(
            method="GET",
            path="/generations/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "offset": offset},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetGenerationsByUserIDResponse,
            body_models={"200": operations.GetGenerationsByUserIDResponseBody},
        )
