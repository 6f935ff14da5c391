# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op
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
        return self._call(_op_create_model, locals())

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
        return await self._call_async(_op_create_model, locals())

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
        return self._call(_op_delete_model_by_id, locals())

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
        return await self._call_async(_op_delete_model_by_id, locals())

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
        return self._call(_op_get_model_by_id, locals())

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
        return await self._call_async(_op_get_model_by_id, locals())

    def list_platform_models(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPlatformModelsResponse:
        """List Platform Models

        Get a list of public Platform Models available for use with generations."""
        return self._call(_op_list_platform_models, locals())

    async def list_platform_models_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListPlatformModelsResponse:
        """List Platform Models

        Get a list of public Platform Models available for use with generations."""
        return await self._call_async(_op_list_platform_models, locals())


# what each operation sends and expects, for its two methods
_op_create_model = Op(
    "POST",
    "/models",
    lambda: (
        operations.CreateModelResponse,
        {"200": operations.CreateModelResponseBody},
        operations.CreateModelRequestBody,
    ),
    body="request",
    required=True,
)
_op_delete_model_by_id = Op(
    "DELETE",
    "/models/{id}",
    lambda: (
        operations.DeleteModelByIDResponse,
        {"200": operations.DeleteModelByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_get_model_by_id = Op(
    "GET",
    "/models/{id}",
    lambda: (
        operations.GetModelByIDResponse,
        {"200": operations.GetModelByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_list_platform_models = Op(
    "GET",
    "/platformModels",
    lambda: (
        operations.ListPlatformModelsResponse,
        {"200": operations.ListPlatformModelsResponseBody},
        None,
    ),
)
