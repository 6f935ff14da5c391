# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_create_dataset, locals())

    create_dataset_async = async_twin(create_dataset)

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
        return self._call(_op_delete_dataset_by_id, locals())

    delete_dataset_by_id_async = async_twin(delete_dataset_by_id)

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
        return self._call(_op_get_dataset_by_id, locals())

    get_dataset_by_id_async = async_twin(get_dataset_by_id)

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
        return self._call(_op_upload_dataset_image, locals())

    upload_dataset_image_async = async_twin(upload_dataset_image)

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
        return self._call(_op_upload_dataset_image_from_gen, locals())

    upload_dataset_image_from_gen_async = async_twin(upload_dataset_image_from_gen)


# what each operation sends and expects, for its two methods
_op_create_dataset = Op(
    "POST",
    "/datasets",
    lambda: (
        operations.CreateDatasetResponse,
        {"200": operations.CreateDatasetResponseBody},
        operations.CreateDatasetRequestBody,
    ),
    body="request",
    required=True,
)
_op_delete_dataset_by_id = Op(
    "DELETE",
    "/datasets/{id}",
    lambda: (
        operations.DeleteDatasetByIDResponse,
        {"200": operations.DeleteDatasetByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_get_dataset_by_id = Op(
    "GET",
    "/datasets/{id}",
    lambda: (
        operations.GetDatasetByIDResponse,
        {"200": operations.GetDatasetByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
_op_upload_dataset_image = Op(
    "POST",
    "/datasets/{datasetId}/upload",
    lambda: (
        operations.UploadDatasetImageResponse,
        {"200": operations.UploadDatasetImageResponseBody},
        operations.UploadDatasetImageRequestBody,
    ),
    path_params={"datasetId": "dataset_id"},
    body="request_body",
    required=True,
)
_op_upload_dataset_image_from_gen = Op(
    "POST",
    "/datasets/{datasetId}/upload/gen",
    lambda: (
        operations.UploadDatasetImageFromGenResponse,
        {"200": operations.UploadDatasetImageFromGenResponseBody},
        operations.UploadDatasetImageFromGenRequestBody,
    ),
    path_params={"datasetId": "dataset_id"},
    body="request_body",
    required=True,
)
