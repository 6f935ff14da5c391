# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Models(BaseSDK):
    def create_model(
        self,
        *,
        request: Union[
            operations.CreateModelRequestBody,
            operations.CreateModelRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateModelResponse:
        """Train a Custom Model

        This endpoint will train a new custom model"""
        http_req = self._build_request(
            method="POST",
            path="/models",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateModelRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateModelResponse,
            body_models={"200": operations.CreateModelResponseBody},
        )

    async def create_model_async(
        self,
        *,
        request: Union[
            operations.CreateModelRequestBody,
            operations.CreateModelRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateModelResponse:
        """Train a Custom Model

        This endpoint will train a new custom model"""
        http_req = self._build_request(
            method="POST",
            path="/models",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateModelRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateModelResponse,
            body_models={"200": operations.CreateModelResponseBody},
        )

    def delete_model_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteModelByIDResponse:
        """Delete a Single Custom Model by ID

        This endpoint will delete a specific custom model"""
        http_req = self._build_request(
            method="DELETE",
            path="/models/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DeleteModelByIDResponse,
            body_models={"200": operations.DeleteModelByIDResponseBody},
        )

    async def delete_model_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteModelByIDResponse:
        """Delete a Single Custom Model by ID

        This endpoint will delete a specific custom model"""
        http_req = self._build_request(
            method="DELETE",
            path="/models/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DeleteModelByIDResponse,
            body_models={"200": operations.DeleteModelByIDResponseBody},
        )

    def get_model_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetModelByIDResponse:
        """Get a Single Custom Model by ID

        This endpoint gets the specific custom model"""
        http_req = self._build_request(
            method="GET",
            path="/models/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetModelByIDResponse,
            body_models={"200": operations.GetModelByIDResponseBody},
        )

    async def get_model_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetModelByIDResponse:
        """Get a Single Custom Model by ID

        This endpoint gets the specific custom model"""
        http_req = self._build_request(
            method="GET",
            path="/models/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetModelByIDResponse,
            body_models={"200": operations.GetModelByIDResponseBody},
        )

    def list_platform_models(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPlatformModelsResponse:
        """List Platform Models

        Get a list of public Platform Models available for use with generations."""
        http_req = self._build_request(
            method="GET",
            path="/platformModels",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ListPlatformModelsResponse,
            body_models={"200": operations.ListPlatformModelsResponseBody},
        )

    async def list_platform_models_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPlatformModelsResponse:
        """List Platform Models

        Get a list of public Platform Models available for use with generations."""
        http_req = self._build_request(
            method="GET",
            path="/platformModels",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListPlatformModelsResponse,
            body_models={"200": operations.ListPlatformModelsResponseBody},
        )
