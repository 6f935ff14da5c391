# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations, shared


class Accounts(BaseSDK):
    def get_inventory(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetInventoryResponse:
        http_req = self._build_request(
            method="GET",
            path="/inventory",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetInventoryResponse,
            body_models={"200": shared.Inventory},
        )

    async def get_inventory_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetInventoryResponse:
        http_req = self._build_request(
            method="GET",
            path="/inventory",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetInventoryResponse,
            body_models={"200": shared.Inventory},
        )

    def get_misc(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetMiscResponse:
        http_req = self._build_request(
            method="GET",
            path="/misc",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetMiscResponse,
            body_models={"200": operations.GetMiscResponseBody},
        )

    async def get_misc_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetMiscResponse:
        http_req = self._build_request(
            method="GET",
            path="/misc",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetMiscResponse,
            body_models={"200": operations.GetMiscResponseBody},
        )

    def put_account(
        self,
        *,
        request: Union[shared.Account, shared.AccountTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PutAccountResponse:
        http_req = self._build_request(
            method="PUT",
            path="/accounts",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=shared.Account,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PutAccountResponse,
            body_models={"200": shared.Account},
        )

    async def put_account_async(
        self,
        *,
        request: Union[shared.Account, shared.AccountTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PutAccountResponse:
        http_req = self._build_request(
            method="PUT",
            path="/accounts",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=shared.Account,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PutAccountResponse,
            body_models={"200": shared.Account},
        )
