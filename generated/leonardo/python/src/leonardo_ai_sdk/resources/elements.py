# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="GET",
            path="/elements",
            path_params={},
            query_params={},
            body=None,
            body_model=None,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        http_res = self._send(http_req, retries)
        return self._handle_response(
            http_res,
            response_cls=operations.ListElementsResponse,
            body_models={"200": operations.ListElementsResponseBody},
        )

    async def list_elements_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListElementsResponse:
        """List Elements

        Get a list of public Elements available for use with generations."""
        http_req = self._build_request(
            method="GET",
            path="/elements",
            path_params={},
            query_params={},
            body=None,
            body_model=None,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        http_res = await self._send_async(http_req, retries)
        return self._handle_response(
            http_res,
            response_cls=operations.ListElementsResponse,
            body_models={"200": operations.ListElementsResponseBody},
        )
