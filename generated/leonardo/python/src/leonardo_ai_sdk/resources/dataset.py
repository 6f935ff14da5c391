# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Dataset(BaseSDK):
    def create_dataset(
        self,
        *,
        request: Union[
            operations.CreateDatasetRequestBody,
            operations.CreateDatasetRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateDatasetResponse:
        """Create a Dataset

        This endpoint creates a new dataset"""
        http_req = self._build_request(
            method="POST",
            path="/datasets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateDatasetRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateDatasetResponse,
            body_models={"200": operations.CreateDatasetResponseBody},
        )

    async def create_dataset_async(
        self,
        *,
        request: Union[
            operations.CreateDatasetRequestBody,
            operations.CreateDatasetRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateDatasetResponse:
        """Create a Dataset

        This endpoint creates a new dataset"""
        http_req = self._build_request(
            method="POST",
            path="/datasets",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateDatasetRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateDatasetResponse,
            body_models={"200": operations.CreateDatasetResponseBody},
        )

    def delete_dataset_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteDatasetByIDResponse:
        """Delete a Single Dataset by ID

        This endpoint deletes the specific dataset"""
        http_req = self._build_request(
            method="DELETE",
            path="/datasets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DeleteDatasetByIDResponse,
            body_models={"200": operations.DeleteDatasetByIDResponseBody},
        )

    async def delete_dataset_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DeleteDatasetByIDResponse:
        """Delete a Single Dataset by ID

        This endpoint deletes the specific dataset"""
        http_req = self._build_request(
            method="DELETE",
            path="/datasets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DeleteDatasetByIDResponse,
            body_models={"200": operations.DeleteDatasetByIDResponseBody},
        )

    def get_dataset_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetDatasetByIDResponse:
        """Get a Single Dataset by ID

        This endpoint gets the specific dataset"""
        http_req = self._build_request(
            method="GET",
            path="/datasets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetDatasetByIDResponse,
            body_models={"200": operations.GetDatasetByIDResponseBody},
        )

    async def get_dataset_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetDatasetByIDResponse:
        """Get a Single Dataset by ID

        This endpoint gets the specific dataset"""
        http_req = self._build_request(
            method="GET",
            path="/datasets/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetDatasetByIDResponse,
            body_models={"200": operations.GetDatasetByIDResponseBody},
        )

    def upload_dataset_image(
        self,
        *,
        dataset_id: str,
        request_body: Union[
            operations.UploadDatasetImageRequestBody,
            operations.UploadDatasetImageRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadDatasetImageResponse:
        """Upload dataset image

        This endpoint returns presigned details to upload a dataset image to S3"""
        http_req = self._build_request(
            method="POST",
            path="/datasets/{datasetId}/upload",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"datasetId": dataset_id},
            body=request_body,
            body_model=operations.UploadDatasetImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.UploadDatasetImageResponse,
            body_models={"200": operations.UploadDatasetImageResponseBody},
        )

    async def upload_dataset_image_async(
        self,
        *,
        dataset_id: str,
        request_body: Union[
            operations.UploadDatasetImageRequestBody,
            operations.UploadDatasetImageRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadDatasetImageResponse:
        """Upload dataset image

        This endpoint returns presigned details to upload a dataset image to S3"""
        http_req = self._build_request(
            method="POST",
            path="/datasets/{datasetId}/upload",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"datasetId": dataset_id},
            body=request_body,
            body_model=operations.UploadDatasetImageRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.UploadDatasetImageResponse,
            body_models={"200": operations.UploadDatasetImageResponseBody},
        )

    def upload_dataset_image_from_gen(
        self,
        *,
        dataset_id: str,
        request_body: Union[
            operations.UploadDatasetImageFromGenRequestBody,
            operations.UploadDatasetImageFromGenRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadDatasetImageFromGenResponse:
        """Upload a Single Generated Image to a Dataset

        This endpoint will upload a previously generated image to the dataset"""
        http_req = self._build_request(
            method="POST",
            path="/datasets/{datasetId}/upload/gen",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"datasetId": dataset_id},
            body=request_body,
            body_model=operations.UploadDatasetImageFromGenRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.UploadDatasetImageFromGenResponse,
            body_models={"200": operations.UploadDatasetImageFromGenResponseBody},
        )

    async def upload_dataset_image_from_gen_async(
        self,
        *,
        dataset_id: str,
        request_body: Union[
            operations.UploadDatasetImageFromGenRequestBody,
            operations.UploadDatasetImageFromGenRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadDatasetImageFromGenResponse:
        """Upload a Single Generated Image to a Dataset

        This endpoint will upload a previously generated image to the dataset"""
        http_req = self._build_request(
            method="POST",
            path="/datasets/{datasetId}/upload/gen",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"datasetId": dataset_id},
            body=request_body,
            body_model=operations.UploadDatasetImageFromGenRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.UploadDatasetImageFromGenResponse,
            body_models={"200": operations.UploadDatasetImageFromGenResponseBody},
        )
