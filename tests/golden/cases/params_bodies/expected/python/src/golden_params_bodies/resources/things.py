# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class Things(BaseSDK):
    def create_thing(
        self,
        *,
        user_id: str,
        request_body: Optional[
            Union[
                operations.CreateThingRequestBody,
                operations.CreateThingRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateThingResponse:
        """Create a thing"""
        http_req = self._build_request(
            method="POST",
            path="/users/{userId}/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            body=request_body,
            body_model=operations.CreateThingRequestBody,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.CreateThingResponse,
            body_models={"200": operations.CreateThingResponseBody},
        )

    async def create_thing_async(
        self,
        *,
        user_id: str,
        request_body: Optional[
            Union[
                operations.CreateThingRequestBody,
                operations.CreateThingRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateThingResponse:
        """Create a thing"""
        http_req = self._build_request(
            method="POST",
            path="/users/{userId}/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            body=request_body,
            body_model=operations.CreateThingRequestBody,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.CreateThingResponse,
            body_models={"200": operations.CreateThingResponseBody},
        )

    def import_things(
        self,
        *,
        request: Union[
            operations.ImportThingsRequestBody,
            operations.ImportThingsRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ImportThingsResponse:
        """Import things"""
        http_req = self._build_request(
            method="POST",
            path="/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.ImportThingsRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ImportThingsResponse,
            body_models={"204": None},
        )

    async def import_things_async(
        self,
        *,
        request: Union[
            operations.ImportThingsRequestBody,
            operations.ImportThingsRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ImportThingsResponse:
        """Import things"""
        http_req = self._build_request(
            method="POST",
            path="/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.ImportThingsRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ImportThingsResponse,
            body_models={"204": None},
        )

    def list_things(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        only_active: bool,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListThingsResponse:
        """List things"""
        http_req = self._build_request(
            method="GET",
            path="/users/{userId}/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "onlyActive": only_active},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ListThingsResponse,
            body_models={"200": operations.ListThingsResponseBody},
        )

    async def list_things_async(
        self,
        *,
        user_id: str,
        limit: Optional[int] = None,
        only_active: bool,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListThingsResponse:
        """List things"""
        http_req = self._build_request(
            method="GET",
            path="/users/{userId}/things",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"limit": limit, "onlyActive": only_active},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListThingsResponse,
            body_models={"200": operations.ListThingsResponseBody},
        )
