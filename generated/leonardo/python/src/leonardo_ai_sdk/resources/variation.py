# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="POST",
            path="/variations/universal-upscaler",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateUniversalUpscalerJobRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateUniversalUpscalerJobResponse,
            body_models={"200": operations.CreateUniversalUpscalerJobResponseBody},
        )

    async def create_universal_upscaler_job_async(
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
        http_req = self._build_request(
            method="POST",
            path="/variations/universal-upscaler",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateUniversalUpscalerJobRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateUniversalUpscalerJobResponse,
            body_models={"200": operations.CreateUniversalUpscalerJobResponseBody},
        )

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
        http_req = self._build_request(
            method="POST",
            path="/variations/nobg",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationNoBGRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateVariationNoBGResponse,
            body_models={"200": operations.CreateVariationNoBGResponseBody},
        )

    async def create_variation_no_bg_async(
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
        http_req = self._build_request(
            method="POST",
            path="/variations/nobg",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationNoBGRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateVariationNoBGResponse,
            body_models={"200": operations.CreateVariationNoBGResponseBody},
        )

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
        http_req = self._build_request(
            method="POST",
            path="/variations/unzoom",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationUnzoomRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateVariationUnzoomResponse,
            body_models={"200": operations.CreateVariationUnzoomResponseBody},
        )

    async def create_variation_unzoom_async(
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
        http_req = self._build_request(
            method="POST",
            path="/variations/unzoom",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationUnzoomRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateVariationUnzoomResponse,
            body_models={"200": operations.CreateVariationUnzoomResponseBody},
        )

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
        http_req = self._build_request(
            method="POST",
            path="/variations/upscale",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationUpscaleRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateVariationUpscaleResponse,
            body_models={"200": operations.CreateVariationUpscaleResponseBody},
        )

    async def create_variation_upscale_async(
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
        http_req = self._build_request(
            method="POST",
            path="/variations/upscale",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationUpscaleRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateVariationUpscaleResponse,
            body_models={"200": operations.CreateVariationUpscaleResponseBody},
        )

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
        http_req = self._build_request(
            method="GET",
            path="/variations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetVariationByIDResponse,
            body_models={"200": operations.GetVariationByIDResponseBody},
        )

    async def get_variation_by_id_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetVariationByIDResponse:
        """Get variation by ID

        This endpoint will get the variation by ID"""
        http_req = self._build_request(
            method="GET",
            path="/variations/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetVariationByIDResponse,
            body_models={"200": operations.GetVariationByIDResponseBody},
        )
