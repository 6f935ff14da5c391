# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="DELETE",
            path="/init-image/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DeleteInitImageByIDResponse,
            body_models={"200": operations.DeleteInitImageByIDResponseBody},
        )

    async def delete_init_image_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteInitImageByIDResponse:
        """Delete init image

        This endpoint deletes an init image"""
        http_req = self._build_request(
            method="DELETE",
            path="/init-image/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DeleteInitImageByIDResponse,
            body_models={"200": operations.DeleteInitImageByIDResponseBody},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/init-image/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetInitImageByIDResponse,
            body_models={"200": operations.GetInitImageByIDResponseBody},
        )

    async def get_init_image_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetInitImageByIDResponse:
        """Get single init image

        This endpoint will return a single init image"""
        http_req = self._build_request(
            method="GET",
            path="/init-image/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetInitImageByIDResponse,
            body_models={"200": operations.GetInitImageByIDResponseBody},
        )

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
        http_req = self._build_request(
            method="POST",
            path="/canvas-init-image",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadCanvasInitImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.UploadCanvasInitImageResponse,
            body_models={"200": operations.UploadCanvasInitImageResponseBody},
        )

    async def upload_canvas_init_image_async(
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
        http_req = self._build_request(
            method="POST",
            path="/canvas-init-image",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadCanvasInitImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.UploadCanvasInitImageResponse,
            body_models={"200": operations.UploadCanvasInitImageResponseBody},
        )

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
        http_req = self._build_request(
            method="POST",
            path="/init-image",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadInitImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.UploadInitImageResponse,
            body_models={"200": operations.UploadInitImageResponseBody},
        )

    async def upload_init_image_async(
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
        http_req = self._build_request(
            method="POST",
            path="/init-image",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.UploadInitImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.UploadInitImageResponse,
            body_models={"200": operations.UploadInitImageResponseBody},
        )
