# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class InitImages(BaseSDK):
    def delete_init_image_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteInitImageByIDResponse:
        """Delete init image

        This endpoint deletes an init image"""
        return self._call(_op_delete_init_image_by_id, locals())

    delete_init_image_by_id_async = async_twin(delete_init_image_by_id)

    def get_init_image_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetInitImageByIDResponse:
        """Get single init image

        This endpoint will return a single init image"""
        return self._call(_op_get_init_image_by_id, locals())

    get_init_image_by_id_async = async_twin(get_init_image_by_id)

    def upload_canvas_init_image(
        self,
        *,
        request: Union[
            operations.UploadCanvasInitImageRequestBody,
            operations.UploadCanvasInitImageRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadCanvasInitImageResponse:
        """Upload Canvas Editor init and mask image

        This endpoint returns presigned details to upload an init image and a mask image to S3
        """
        return self._call(_op_upload_canvas_init_image, locals())

    upload_canvas_init_image_async = async_twin(upload_canvas_init_image)

    def upload_init_image(
        self,
        *,
        request: Union[
            operations.UploadInitImageRequestBody,
            operations.UploadInitImageRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadInitImageResponse:
        """Upload init image

        This endpoint returns presigned details to upload an init image to S3"""
        return self._call(_op_upload_init_image, locals())

    upload_init_image_async = async_twin(upload_init_image)


# what each operation sends and expects, for its two methods
_op_delete_init_image_by_id = Op(
    "DELETE",
    "/init-image/{id}",
    lambda: (
        operations.DeleteInitImageByIDResponse,
        {"200": operations.DeleteInitImageByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_get_init_image_by_id = Op(
    "GET",
    "/init-image/{id}",
    lambda: (
        operations.GetInitImageByIDResponse,
        {"200": operations.GetInitImageByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_upload_canvas_init_image = Op(
    "POST",
    "/canvas-init-image",
    lambda: (
        operations.UploadCanvasInitImageResponse,
        {"200": operations.UploadCanvasInitImageResponseBody},
        operations.UploadCanvasInitImageRequestBody,
    ),
    body="request",
    required=True,
)
_op_upload_init_image = Op(
    "POST",
    "/init-image",
    lambda: (
        operations.UploadInitImageResponse,
        {"200": operations.UploadInitImageResponseBody},
        operations.UploadInitImageRequestBody,
    ),
    body="request",
    required=True,
)
