# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class RealtimeCanvas(BaseSDK):
    def create_variation_no_bg(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateVariationNoBGRequestBody,
                operations.CreateVariationNoBGRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateVariationNoBGResponse:
        """Create no background"""
        http_req = self._build_request(
            method="POST",
            path="/variations/nobg",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationNoBGRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateVariationNoBGResponse,
            body_models={"200": None},
        )

    async def create_variation_no_bg_async(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateVariationNoBGRequestBody,
                operations.CreateVariationNoBGRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateVariationNoBGResponse:
        """Create no background"""
        http_req = self._build_request(
            method="POST",
            path="/variations/nobg",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.CreateVariationNoBGRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateVariationNoBGResponse,
            body_models={"200": None},
        )
