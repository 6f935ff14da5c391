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
            path_params={},
            query_params={},
            body=request,
            body_model=operations.PricingCalculatorRequestBody,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        http_res = self._send(http_req, retries)
        return self._handle_response(
            http_res,
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
            path_params={},
            query_params={},
            body=request,
            body_model=operations.PricingCalculatorRequestBody,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        http_res = await self._send_async(http_req, retries)
        return self._handle_response(
            http_res,
            response_cls=operations.PricingCalculatorResponse,
            body_models={"200": operations.PricingCalculatorResponseBody},
        )
