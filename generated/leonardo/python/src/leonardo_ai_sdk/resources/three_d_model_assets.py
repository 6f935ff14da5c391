# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._lazy import deprecated_alias, deprecated_alias_async
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_delete_3d_model_by_id, locals())

    delete_3d_model_by_id_async = async_twin(delete_3d_model_by_id)

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
        return self._call(_op_get_3d_model_by_id, locals())

    get_3d_model_by_id_async = async_twin(get_3d_model_by_id)

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
        return self._call(_op_get_3d_models_by_user_id, locals())

    get_3d_models_by_user_id_async = async_twin(get_3d_models_by_user_id)

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
        return self._call(_op_upload_model_asset, locals())

    upload_model_asset_async = async_twin(upload_model_asset)

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


# what each operation sends and expects, for its two methods
_op_delete_3d_model_by_id = Op(
    "DELETE",
    "/models-3d/{id}",
    lambda: (
        operations.Delete3DModelByIDResponse,
        {"200": operations.Delete3DModelByIDResponseBody},
        operations.Delete3DModelByIDRequestBody,
    ),
    path_params={"id": "id"},
    body="request_body",
)
_op_get_3d_model_by_id = Op(
    "GET",
    "/models-3d/{id}",
    lambda: (
        operations.Get3DModelByIDResponse,
        {"200": operations.Get3DModelByIDResponseBody},
        operations.Get3DModelByIDRequestBody,
    ),
    path_params={"id": "id"},
    query={"limit": "limit", "offset": "offset"},
    body="request_body",
)
_op_get_3d_models_by_user_id = Op(
    "GET",
    "/models-3d/user/{userId}",
    lambda: (
        operations.Get3DModelsByUserIDResponse,
        {"200": operations.Get3DModelsByUserIDResponseBody},
        operations.Get3DModelsByUserIDRequestBody,
    ),
    path_params={"userId": "user_id"},
    query={"limit": "limit", "offset": "offset"},
    body="request_body",
)
_op_upload_model_asset = Op(
    "POST",
    "/models-3d/upload",
    lambda: (
        operations.UploadModelAssetResponse,
        {"200": operations.UploadModelAssetResponseBody},
        operations.UploadModelAssetRequestBody,
    ),
    body="request",
)
