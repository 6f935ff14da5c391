# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op
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
        return self._call(_op_pricing_calculator, locals())

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
        return await self._call_async(_op_pricing_calculator, locals())


# what each operation sends and expects, for its two methods
_op_pricing_calculator = Op(
    "POST",
    "/pricing-calculator",
    lambda: (
        operations.PricingCalculatorResponse,
        {"200": operations.PricingCalculatorResponseBody},
        operations.PricingCalculatorRequestBody,
    ),
    body="request",
)
