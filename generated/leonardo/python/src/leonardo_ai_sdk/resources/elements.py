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
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
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
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListElementsResponse,
            body_models={"200": operations.ListElementsResponseBody},
        )
