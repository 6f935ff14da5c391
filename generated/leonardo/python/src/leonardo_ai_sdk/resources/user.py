# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class User(BaseSDK):
    def get_user_self(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetUserSelfResponse:
        """Get user information

        This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
        """
        http_req = self._build_request(
            method="GET",
            path="/me",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetUserSelfResponse,
            body_models={"200": operations.GetUserSelfResponseBody},
        )

    async def get_user_self_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetUserSelfResponse:
        """Get user information

        This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
        """
        http_req = self._build_request(
            method="GET",
            path="/me",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetUserSelfResponse,
            body_models={"200": operations.GetUserSelfResponseBody},
        )
