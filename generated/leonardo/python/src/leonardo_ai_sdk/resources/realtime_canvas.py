# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_create_lcm_generation, locals())

    create_lcm_generation_async = async_twin(create_lcm_generation)

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
        return self._call(_op_perform_alchemy_upscale_lcm, locals())

    perform_alchemy_upscale_lcm_async = async_twin(perform_alchemy_upscale_lcm)

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
        return self._call(_op_perform_inpainting_lcm, locals())

    perform_inpainting_lcm_async = async_twin(perform_inpainting_lcm)

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
        return self._call(_op_perform_instant_refine, locals())

    perform_instant_refine_async = async_twin(perform_instant_refine)


# what each operation sends and expects, for its two methods
_op_create_lcm_generation = Op(
    "POST",
    "/generations-lcm",
    lambda: (
        operations.CreateLCMGenerationResponse,
        {"200": operations.CreateLCMGenerationResponseBody},
        operations.CreateLCMGenerationRequestBody,
    ),
    body="request",
)
_op_perform_alchemy_upscale_lcm = Op(
    "POST",
    "/lcm-upscale",
    lambda: (
        operations.PerformAlchemyUpscaleLCMResponse,
        {"200": operations.PerformAlchemyUpscaleLCMResponseBody},
        operations.PerformAlchemyUpscaleLCMRequestBody,
    ),
    body="request",
)
_op_perform_inpainting_lcm = Op(
    "POST",
    "/lcm-inpainting",
    lambda: (
        operations.PerformInpaintingLCMResponse,
        {"200": operations.PerformInpaintingLCMResponseBody},
        operations.PerformInpaintingLCMRequestBody,
    ),
    body="request",
)
_op_perform_instant_refine = Op(
    "POST",
    "/lcm-instant-refine",
    lambda: (
        operations.PerformInstantRefineResponse,
        {"200": operations.PerformInstantRefineResponseBody},
        operations.PerformInstantRefineRequestBody,
    ),
    body="request",
)
