# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Odd(BaseSDK):
    """A tag | with a pipe and `code` and {{ braces }}"""

    def do_odd(
        self,
        *,
        id: str,
        request_body: Union[
            operations.DoOddRequestBody, operations.DoOddRequestBodyTypedDict
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DoOddResponse:
        """Do it | now `fast` {{ now }} */

        Ends with a quote"
        and \"\"\"triple\"\"\" quotes, a trailing backslash \\"""
        http_req = self._build_request(
            method="POST",
            path="/odd/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.DoOddRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.DoOddResponse,
            body_models={"200": operations.DoOddResponseBody},
        )

    async def do_odd_async(
        self,
        *,
        id: str,
        request_body: Union[
            operations.DoOddRequestBody, operations.DoOddRequestBodyTypedDict
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DoOddResponse:
        """Do it | now `fast` {{ now }} */

        Ends with a quote"
        and \"\"\"triple\"\"\" quotes, a trailing backslash \\"""
        http_req = self._build_request(
            method="POST",
            path="/odd/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            body=request_body,
            body_model=operations.DoOddRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.DoOddResponse,
            body_models={"200": operations.DoOddResponseBody},
        )
