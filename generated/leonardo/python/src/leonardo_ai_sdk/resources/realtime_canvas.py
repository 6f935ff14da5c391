# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class RealtimeCanvas(BaseSDK):
    def create_lcm_generation(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateLCMGenerationRequestBody,
                operations.CreateLCMGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateLCMGenerationResponse:
        """Create LCM Generation

        This endpoint will generate a LCM image generation."""
        http_req = self._build_request(
            method="POST",
            path="/generations-lcm",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateLCMGenerationRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateLCMGenerationResponse,
            body_models={"200": operations.CreateLCMGenerationResponseBody},
        )

    async def create_lcm_generation_async(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateLCMGenerationRequestBody,
                operations.CreateLCMGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateLCMGenerationResponse:
        """Create LCM Generation

        This endpoint will generate a LCM image generation."""
        http_req = self._build_request(
            method="POST",
            path="/generations-lcm",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateLCMGenerationRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateLCMGenerationResponse,
            body_models={"200": operations.CreateLCMGenerationResponseBody},
        )

    def perform_alchemy_upscale_lcm(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformAlchemyUpscaleLCMRequestBody,
                operations.PerformAlchemyUpscaleLCMRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformAlchemyUpscaleLCMResponse:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-upscale",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformAlchemyUpscaleLCMRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PerformAlchemyUpscaleLCMResponse,
            body_models={"200": operations.PerformAlchemyUpscaleLCMResponseBody},
        )

    async def perform_alchemy_upscale_lcm_async(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformAlchemyUpscaleLCMRequestBody,
                operations.PerformAlchemyUpscaleLCMRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformAlchemyUpscaleLCMResponse:
        """Perform Alchemy Upscale on a LCM image

        This endpoint will perform Alchemy Upscale on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-upscale",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformAlchemyUpscaleLCMRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PerformAlchemyUpscaleLCMResponse,
            body_models={"200": operations.PerformAlchemyUpscaleLCMResponseBody},
        )

    def perform_inpainting_lcm(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformInpaintingLCMRequestBody,
                operations.PerformInpaintingLCMRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformInpaintingLCMResponse:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-inpainting",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformInpaintingLCMRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PerformInpaintingLCMResponse,
            body_models={"200": operations.PerformInpaintingLCMResponseBody},
        )

    async def perform_inpainting_lcm_async(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformInpaintingLCMRequestBody,
                operations.PerformInpaintingLCMRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformInpaintingLCMResponse:
        """Perform inpainting on a LCM image

        This endpoint will perform a inpainting on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-inpainting",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformInpaintingLCMRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PerformInpaintingLCMResponse,
            body_models={"200": operations.PerformInpaintingLCMResponseBody},
        )

    def perform_instant_refine(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformInstantRefineRequestBody,
                operations.PerformInstantRefineRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformInstantRefineResponse:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-instant-refine",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformInstantRefineRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PerformInstantRefineResponse,
            body_models={"200": operations.PerformInstantRefineResponseBody},
        )

    async def perform_instant_refine_async(
        self,
        *,
        request: Optional[
            Union[
                operations.PerformInstantRefineRequestBody,
                operations.PerformInstantRefineRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PerformInstantRefineResponse:
        """Perform instant refine on a LCM image

        This endpoint will perform instant refine on a LCM image"""
        http_req = self._build_request(
            method="POST",
            path="/lcm-instant-refine",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PerformInstantRefineRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PerformInstantRefineResponse,
            body_models={"200": operations.PerformInstantRefineResponseBody},
        )
