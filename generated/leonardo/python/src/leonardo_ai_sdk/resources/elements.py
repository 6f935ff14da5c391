# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Elements(BaseSDK):
    def list_elements(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListElementsResponse:
        """List Elements

        Get a list of public Elements available for use with generations."""
        return self._call(_op_list_elements, locals())

    list_elements_async = async_twin(list_elements)


# what each operation sends and expects, for its two methods
_op_list_elements = Op(
    "GET",
    "/elements",
    lambda: (
        operations.ListElementsResponse,
        {"200": operations.ListElementsResponseBody},
        None,
    ),
)
