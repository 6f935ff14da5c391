# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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

    create_model_async = async_twin(create_model)

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

    delete_model_by_id_async = async_twin(delete_model_by_id)

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

    get_model_by_id_async = async_twin(get_model_by_id)

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

    list_platform_models_async = async_twin(list_platform_models)


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
