# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class PricingCalculator(BaseSDK):
    def pricing_calculator(
        self,
        *,
        request: Optional[
            Union[
                operations.PricingCalculatorRequestBody,
                operations.PricingCalculatorRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PricingCalculatorResponse:
        """Calculating API Cost

        This endpoint returns the cost used for generating images using a particular service type.
        """
        http_req = self._build_request(
            method="POST",
            path="/pricing-calculator",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PricingCalculatorRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PricingCalculatorResponse,
            body_models={"200": operations.PricingCalculatorResponseBody},
        )

    async def pricing_calculator_async(
        self,
        *,
        request: Optional[
            Union[
                operations.PricingCalculatorRequestBody,
                operations.PricingCalculatorRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PricingCalculatorResponse:
        """Calculating API Cost

        This endpoint returns the cost used for generating images using a particular service type.
        """
        http_req = self._build_request(
            method="POST",
            path="/pricing-calculator",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PricingCalculatorRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PricingCalculatorResponse,
            body_models={"200": operations.PricingCalculatorResponseBody},
        )
