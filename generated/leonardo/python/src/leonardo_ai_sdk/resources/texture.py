# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._lazy import deprecated_alias, deprecated_alias_async
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Texture(BaseSDK):
    def create_texture_generation(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateTextureGenerationRequestBody,
                operations.CreateTextureGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateTextureGenerationResponse:
        """Create Texture Generation

        This endpoint will generate a texture generation."""
        return self._call(_op_create_texture_generation, locals())

    create_texture_generation_async = async_twin(create_texture_generation)

    def delete_texture_generation_by_id(
        self,
        *,
        id: str,
        request_body: Optional[
            Union[
                operations.DeleteTextureGenerationByIDRequestBody,
                operations.DeleteTextureGenerationByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteTextureGenerationByIDResponse:
        """Delete Texture Generation by ID

        This endpoint deletes the specific texture generation."""
        return self._call(_op_delete_texture_generation_by_id, locals())

    delete_texture_generation_by_id_async = async_twin(delete_texture_generation_by_id)

    def get_texture_generation_by_id(
        self,
        *,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.GetTextureGenerationByIDRequestBody,
                operations.GetTextureGenerationByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetTextureGenerationByIDResponse:
        """Get Texture Generation by ID

        This endpoint gets the specific texture generation."""
        return self._call(_op_get_texture_generation_by_id, locals())

    get_texture_generation_by_id_async = async_twin(get_texture_generation_by_id)

    def get_texture_generations_by_model_id(
        self,
        *,
        model_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.GetTextureGenerationsByModelIDRequestBody,
                operations.GetTextureGenerationsByModelIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetTextureGenerationsByModelIDResponse:
        """Get texture generations by 3D Model ID

        This endpoint gets the specific texture generations by the 3d model id."""
        return self._call(_op_get_texture_generations_by_model_id, locals())

    get_texture_generations_by_model_id_async = async_twin(
        get_texture_generations_by_model_id
    )

    delete_generations_texture_id = deprecated_alias(
        delete_texture_generation_by_id, "delete_generations_texture_id"
    )
    delete_generations_texture_id_async = deprecated_alias_async(
        delete_texture_generation_by_id_async, "delete_generations_texture_id_async"
    )
    get_generations_texture_id = deprecated_alias(
        get_texture_generation_by_id, "get_generations_texture_id"
    )
    get_generations_texture_id_async = deprecated_alias_async(
        get_texture_generation_by_id_async, "get_generations_texture_id_async"
    )
    get_generations_texture_model_model_id = deprecated_alias(
        get_texture_generations_by_model_id, "get_generations_texture_model_model_id"
    )
    get_generations_texture_model_model_id_async = deprecated_alias_async(
        get_texture_generations_by_model_id_async,
        "get_generations_texture_model_model_id_async",
    )
    post_generations_texture = deprecated_alias(
        create_texture_generation, "post_generations_texture"
    )
    post_generations_texture_async = deprecated_alias_async(
        create_texture_generation_async, "post_generations_texture_async"
    )


# what each operation sends and expects, for its two methods
_op_create_texture_generation = Op(
    "POST",
    "/generations-texture",
    lambda: (
        operations.CreateTextureGenerationResponse,
        {"200": operations.CreateTextureGenerationResponseBody},
        operations.CreateTextureGenerationRequestBody,
    ),
    body="request",
)
_op_delete_texture_generation_by_id = Op(
    "DELETE",
    "/generations-texture/{id}",
    lambda: (
        operations.DeleteTextureGenerationByIDResponse,
        {"200": operations.DeleteTextureGenerationByIDResponseBody},
        operations.DeleteTextureGenerationByIDRequestBody,
    ),
    path_params={"id": "id"},
    body="request_body",
)
_op_get_texture_generation_by_id = Op(
    "GET",
    "/generations-texture/{id}",
    lambda: (
        operations.GetTextureGenerationByIDResponse,
        {"200": operations.GetTextureGenerationByIDResponseBody},
        operations.GetTextureGenerationByIDRequestBody,
    ),
    path_params={"id": "id"},
    query={"limit": "limit", "offset": "offset"},
    body="request_body",
)
_op_get_texture_generations_by_model_id = Op(
    "GET",
    "/generations-texture/model/{modelId}",
    lambda: (
        operations.GetTextureGenerationsByModelIDResponse,
        {"200": operations.GetTextureGenerationsByModelIDResponseBody},
        operations.GetTextureGenerationsByModelIDRequestBody,
    ),
    path_params={"modelId": "model_id"},
    query={"limit": "limit", "offset": "offset"},
    body="request_body",
)
