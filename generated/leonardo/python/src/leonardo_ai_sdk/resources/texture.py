# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._lazy import deprecated_alias, deprecated_alias_async
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="POST",
            path="/generations-texture",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateTextureGenerationRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateTextureGenerationResponse,
            body_models={"200": operations.CreateTextureGenerationResponseBody},
        )

    async def create_texture_generation_async(
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
        http_req = self._build_request(
            method="POST",
            path="/generations-texture",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateTextureGenerationRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateTextureGenerationResponse,
            body_models={"200": operations.CreateTextureGenerationResponseBody},
        )

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
        http_req = self._build_request(
            method="DELETE",
            path="/generations-texture/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.DeleteTextureGenerationByIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DeleteTextureGenerationByIDResponse,
            body_models={"200": operations.DeleteTextureGenerationByIDResponseBody},
        )

    async def delete_texture_generation_by_id_async(
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
        http_req = self._build_request(
            method="DELETE",
            path="/generations-texture/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.DeleteTextureGenerationByIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DeleteTextureGenerationByIDResponse,
            body_models={"200": operations.DeleteTextureGenerationByIDResponseBody},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/generations-texture/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.GetTextureGenerationByIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetTextureGenerationByIDResponse,
            body_models={"200": operations.GetTextureGenerationByIDResponseBody},
        )

    async def get_texture_generation_by_id_async(
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
        http_req = self._build_request(
            method="GET",
            path="/generations-texture/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.GetTextureGenerationByIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetTextureGenerationByIDResponse,
            body_models={"200": operations.GetTextureGenerationByIDResponseBody},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/generations-texture/model/{modelId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"modelId": model_id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.GetTextureGenerationsByModelIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetTextureGenerationsByModelIDResponse,
            body_models={"200": operations.GetTextureGenerationsByModelIDResponseBody},
        )

    async def get_texture_generations_by_model_id_async(
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
        http_req = self._build_request(
            method="GET",
            path="/generations-texture/model/{modelId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"modelId": model_id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.GetTextureGenerationsByModelIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetTextureGenerationsByModelIDResponse,
            body_models={"200": operations.GetTextureGenerationsByModelIDResponseBody},
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
