# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_create_generation, locals())

    create_generation_async = async_twin(create_generation)

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
        return self._call(_op_delete_generation_by_id, locals())

    delete_generation_by_id_async = async_twin(delete_generation_by_id)

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
        return self._call(_op_get_generation_by_id, locals())

    get_generation_by_id_async = async_twin(get_generation_by_id)

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
        return self._call(_op_get_generations_by_user_id, locals())

    get_generations_by_user_id_async = async_twin(get_generations_by_user_id)


# what each operation sends and expects, for its two methods
_op_create_generation = Op(
    "POST",
    "/generations",
    lambda: (
        operations.CreateGenerationResponse,
        {"200": operations.CreateGenerationResponseBody},
        operations.CreateGenerationRequestBody,
    ),
    body="request",
    required=True,
)
_op_delete_generation_by_id = Op(
    "DELETE",
    "/generations/{id}",
    lambda: (
        operations.DeleteGenerationByIDResponse,
        {"200": operations.DeleteGenerationByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_get_generation_by_id = Op(
    "GET",
    "/generations/{id}",
    lambda: (
        operations.GetGenerationByIDResponse,
        {"200": operations.GetGenerationByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_get_generations_by_user_id = Op(
    "GET",
    "/generations/user/{userId}",
    lambda: (
        operations.GetGenerationsByUserIDResponse,
        {"200": operations.GetGenerationsByUserIDResponseBody},
        None,
    ),
    path_params={"userId": "user_id"},
    query={"limit": "limit", "offset": "offset"},
)
