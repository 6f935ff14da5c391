# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_create_variation_no_bg, locals())

    create_variation_no_bg_async = async_twin(create_variation_no_bg)


# what each operation sends and expects, for its two methods
_op_create_variation_no_bg = Op(
    "POST",
    "/variations/nobg",
    lambda: (
        operations.CreateVariationNoBGResponse,
        {"200": None},
        operations.CreateVariationNoBGRequestBody,
    ),
    body="request",
)
