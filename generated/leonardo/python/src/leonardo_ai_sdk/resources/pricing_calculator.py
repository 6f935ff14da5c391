# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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

    pricing_calculator_async = async_twin(pricing_calculator)


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
