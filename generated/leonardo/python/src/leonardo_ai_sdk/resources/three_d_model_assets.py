# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._lazy import deprecated_alias, deprecated_alias_async
from .._basesdk import BaseSDK
from ..models import operations


class ThreeDModelAssets(BaseSDK):
    def delete_3d_model_by_id(
        self,
        *,
        id: str,
        request_body: Optional[
            Union[
                operations.Delete3DModelByIDRequestBody,
                operations.Delete3DModelByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Delete3DModelByIDResponse:
        """Delete 3D Model by ID

        This endpoint deletes the specific 3D Model"""
        http_req = self._build_request(
            method="DELETE",
            path="/models-3d/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.Delete3DModelByIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.Delete3DModelByIDResponse,
            body_models={"200": operations.Delete3DModelByIDResponseBody},
        )

    async def delete_3d_model_by_id_async(
        self,
        *,
        id: str,
        request_body: Optional[
            Union[
                operations.Delete3DModelByIDRequestBody,
                operations.Delete3DModelByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Delete3DModelByIDResponse:
        """Delete 3D Model by ID

        This endpoint deletes the specific 3D Model"""
        http_req = self._build_request(
            method="DELETE",
            path="/models-3d/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.Delete3DModelByIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.Delete3DModelByIDResponse,
            body_models={"200": operations.Delete3DModelByIDResponseBody},
        )

    def get_3d_model_by_id(
        self,
        *,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.Get3DModelByIDRequestBody,
                operations.Get3DModelByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelByIDResponse:
        """Get 3D Model by ID

        This endpoint gets the specific 3D model"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.Get3DModelByIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.Get3DModelByIDResponse,
            body_models={"200": operations.Get3DModelByIDResponseBody},
        )

    async def get_3d_model_by_id_async(
        self,
        *,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.Get3DModelByIDRequestBody,
                operations.Get3DModelByIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelByIDResponse:
        """Get 3D Model by ID

        This endpoint gets the specific 3D model"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.Get3DModelByIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.Get3DModelByIDResponse,
            body_models={"200": operations.Get3DModelByIDResponseBody},
        )

    def get_3d_models_by_user_id(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.Get3DModelsByUserIDRequestBody,
                operations.Get3DModelsByUserIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelsByUserIDResponse:
        """Get 3D models by user ID

        This endpoint returns all 3D models by a specific user"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.Get3DModelsByUserIDRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.Get3DModelsByUserIDResponse,
            body_models={"200": operations.Get3DModelsByUserIDResponseBody},
        )

    async def get_3d_models_by_user_id_async(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_body: Optional[
            Union[
                operations.Get3DModelsByUserIDRequestBody,
                operations.Get3DModelsByUserIDRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelsByUserIDResponse:
        """Get 3D models by user ID

        This endpoint returns all 3D models by a specific user"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "offset": offset},
            body=request_body,
            body_model=operations.Get3DModelsByUserIDRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.Get3DModelsByUserIDResponse,
            body_models={"200": operations.Get3DModelsByUserIDResponseBody},
        )

    def upload_model_asset(
        self,
        *,
        request: Optional[
            Union[
                operations.UploadModelAssetRequestBody,
                operations.UploadModelAssetRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadModelAssetResponse:
        """Upload 3D Model

        This endpoint returns presigned details to upload a 3D model to S3"""
        http_req = self._build_request(
            method="POST",
            path="/models-3d/upload",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadModelAssetRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.UploadModelAssetResponse,
            body_models={"200": operations.UploadModelAssetResponseBody},
        )

    async def upload_model_asset_async(
        self,
        *,
        request: Optional[
            Union[
                operations.UploadModelAssetRequestBody,
                operations.UploadModelAssetRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadModelAssetResponse:
        """Upload 3D Model

        This endpoint returns presigned details to upload a 3D model to S3"""
        http_req = self._build_request(
            method="POST",
            path="/models-3d/upload",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadModelAssetRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.UploadModelAssetResponse,
            body_models={"200": operations.UploadModelAssetResponseBody},
        )

    delete3_d_model_by_id = deprecated_alias(
        delete_3d_model_by_id, "delete3_d_model_by_id"
    )
    delete3_d_model_by_id_async = deprecated_alias_async(
        delete_3d_model_by_id_async, "delete3_d_model_by_id_async"
    )
    get3_d_model_by_id = deprecated_alias(get_3d_model_by_id, "get3_d_model_by_id")
    get3_d_model_by_id_async = deprecated_alias_async(
        get_3d_model_by_id_async, "get3_d_model_by_id_async"
    )
    get3_d_models_by_user_id = deprecated_alias(
        get_3d_models_by_user_id, "get3_d_models_by_user_id"
    )
    get3_d_models_by_user_id_async = deprecated_alias_async(
        get_3d_models_by_user_id_async, "get3_d_models_by_user_id_async"
    )
