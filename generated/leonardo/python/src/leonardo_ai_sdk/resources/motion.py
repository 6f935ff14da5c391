# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Motion(BaseSDK):
    def create_svd_motion_generation(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateSVDMotionGenerationRequestBody,
                operations.CreateSVDMotionGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateSVDMotionGenerationResponse:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation."""
        http_req = self._build_request(
            method="POST",
            path="/generations-motion-svd",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateSVDMotionGenerationRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateSVDMotionGenerationResponse,
            body_models={"200": operations.CreateSVDMotionGenerationResponseBody},
        )

    async def create_svd_motion_generation_async(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateSVDMotionGenerationRequestBody,
                operations.CreateSVDMotionGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateSVDMotionGenerationResponse:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation."""
        http_req = self._build_request(
            method="POST",
            path="/generations-motion-svd",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateSVDMotionGenerationRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateSVDMotionGenerationResponse,
            body_models={"200": operations.CreateSVDMotionGenerationResponseBody},
        )
