# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Variation(BaseSDK):
    def create_universal_upscaler_job(
        self,
        *,
        request: Union[
            operations.CreateUniversalUpscalerJobRequestBody,
            operations.CreateUniversalUpscalerJobRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateUniversalUpscalerJobResponse:
        """Create using Universal Upscaler

        This endpoint will create a high resolution image using Universal Upscaler"""
        return self._call(_op_create_universal_upscaler_job, locals())

    create_universal_upscaler_job_async = async_twin(create_universal_upscaler_job)

    def create_variation_no_bg(
        self,
        *,
        request: Union[
            operations.CreateVariationNoBGRequestBody,
            operations.CreateVariationNoBGRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateVariationNoBGResponse:
        """Create no background

        This endpoint will create a no background variation of the provided image ID"""
        return self._call(_op_create_variation_no_bg, locals())

    create_variation_no_bg_async = async_twin(create_variation_no_bg)

    def create_variation_unzoom(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateVariationUnzoomRequestBody,
                operations.CreateVariationUnzoomRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateVariationUnzoomResponse:
        """Create unzoom

        This endpoint will create an unzoom variation for the provided image ID"""
        return self._call(_op_create_variation_unzoom, locals())

    create_variation_unzoom_async = async_twin(create_variation_unzoom)

    def create_variation_upscale(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateVariationUpscaleRequestBody,
                operations.CreateVariationUpscaleRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateVariationUpscaleResponse:
        """Create upscale

        This endpoint will create an upscale for the provided image ID"""
        return self._call(_op_create_variation_upscale, locals())

    create_variation_upscale_async = async_twin(create_variation_upscale)

    def get_variation_by_id(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetVariationByIDResponse:
        """Get variation by ID

        This endpoint will get the variation by ID"""
        return self._call(_op_get_variation_by_id, locals())

    get_variation_by_id_async = async_twin(get_variation_by_id)


# what each operation sends and expects, for its two methods
_op_create_universal_upscaler_job = Op(
    "POST",
    "/variations/universal-upscaler",
    lambda: (
        operations.CreateUniversalUpscalerJobResponse,
        {"200": operations.CreateUniversalUpscalerJobResponseBody},
        operations.CreateUniversalUpscalerJobRequestBody,
    ),
    body="request",
    required=True,
)
_op_create_variation_no_bg = Op(
    "POST",
    "/variations/nobg",
    lambda: (
        operations.CreateVariationNoBGResponse,
        {"200": operations.CreateVariationNoBGResponseBody},
        operations.CreateVariationNoBGRequestBody,
    ),
    body="request",
    required=True,
)
_op_create_variation_unzoom = Op(
    "POST",
    "/variations/unzoom",
    lambda: (
        operations.CreateVariationUnzoomResponse,
        {"200": operations.CreateVariationUnzoomResponseBody},
        operations.CreateVariationUnzoomRequestBody,
    ),
    body="request",
)
_op_create_variation_upscale = Op(
    "POST",
    "/variations/upscale",
    lambda: (
        operations.CreateVariationUpscaleResponse,
        {"200": operations.CreateVariationUpscaleResponseBody},
        operations.CreateVariationUpscaleRequestBody,
    ),
    body="request",
)
_op_get_variation_by_id = Op(
    "GET",
    "/variations/{id}",
    lambda: (
        operations.GetVariationByIDResponse,
        {"200": operations.GetVariationByIDResponseBody},
        None,
    ),
    path_params={"id": "id"},
)
