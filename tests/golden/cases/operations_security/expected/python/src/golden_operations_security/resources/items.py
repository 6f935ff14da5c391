# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, IO, Iterator, List, Optional, Union

from .. import utils
from .._extsdk import ExtSDK
from ..models import operations, shared
from ..unions import OneOf


class Items(ExtSDK):
    def create_item(
        self,
        *,
        request: Union[shared.Item, Dict[str, Any], str],
        content_type: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateItemResponse:
        security: List[List[str]] = [["oauth"], ["openid"]]
        http_req = self._ext_request(
            method="POST",
            path="/items",
            params=[],
            body=request,
            media={
                "application/json": ("json", shared.Item),
                "application/x-www-form-urlencoded": ("form", shared.Item),
                "text/plain": ("text", None),
            },
            content_type=content_type,
            body_required=True,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.CreateItemResponse,
            body_models={
                "200": ("json", shared.Item),
                "201": ("json", shared.Created),
                "202": None,
            },
            error_models={},
            stream=False,
        )

    async def create_item_async(
        self,
        *,
        request: Union[shared.Item, Dict[str, Any], str],
        content_type: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateItemResponse:
        security: List[List[str]] = [["oauth"], ["openid"]]
        http_req = self._ext_request(
            method="POST",
            path="/items",
            params=[],
            body=request,
            media={
                "application/json": ("json", shared.Item),
                "application/x-www-form-urlencoded": ("form", shared.Item),
                "text/plain": ("text", None),
            },
            content_type=content_type,
            body_required=True,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.CreateItemResponse,
            body_models={
                "200": ("json", shared.Item),
                "201": ("json", shared.Created),
                "202": None,
            },
            error_models={},
            stream=False,
        )

    def get_item(
        self,
        *,
        item_id: int,
        fields: Optional[List[str]] = None,
        x_request_id: Optional[str] = None,
        session: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetItemResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="GET",
            path="/items/{itemId}",
            params=[
                ("path", "itemId", item_id, "simple", False),
                ("query", "fields", fields, "form", False),
                ("header", "X-Request-Id", x_request_id, "simple", False),
                ("cookie", "session", session, "form", True),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/json;charset=UTF-8, application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.GetItemResponse,
            body_models={
                "200": ("json", shared.Item),
                "default": ("json", shared.Problem),
            },
            error_models={
                "404": shared.Problem,
                "409": Annotated[
                    Union[shared.Conflict, shared.Locked, Dict[str, Any]],
                    OneOf(open_member=True),
                ],
                "default": shared.Problem,
            },
            stream=False,
        )

    async def get_item_async(
        self,
        *,
        item_id: int,
        fields: Optional[List[str]] = None,
        x_request_id: Optional[str] = None,
        session: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetItemResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="GET",
            path="/items/{itemId}",
            params=[
                ("path", "itemId", item_id, "simple", False),
                ("query", "fields", fields, "form", False),
                ("header", "X-Request-Id", x_request_id, "simple", False),
                ("cookie", "session", session, "form", True),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/json;charset=UTF-8, application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.GetItemResponse,
            body_models={
                "200": ("json", shared.Item),
                "default": ("json", shared.Problem),
            },
            error_models={
                "404": shared.Problem,
                "409": Annotated[
                    Union[shared.Conflict, shared.Locked, Dict[str, Any]],
                    OneOf(open_member=True),
                ],
                "default": shared.Problem,
            },
            stream=False,
        )

    def head_items_by_item_id(
        self,
        *,
        item_id: int,
        x_request_id: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.HeadItemsByItemIDResponse:
        security: List[List[str]] = []
        http_req = self._ext_request(
            method="HEAD",
            path="/items/{itemId}",
            params=[
                ("path", "itemId", item_id, "simple", False),
                ("header", "X-Request-Id", x_request_id, "simple", False),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.HeadItemsByItemIDResponse,
            body_models={"200": None},
            error_models={},
            stream=False,
        )

    async def head_items_by_item_id_async(
        self,
        *,
        item_id: int,
        x_request_id: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.HeadItemsByItemIDResponse:
        security: List[List[str]] = []
        http_req = self._ext_request(
            method="HEAD",
            path="/items/{itemId}",
            params=[
                ("path", "itemId", item_id, "simple", False),
                ("header", "X-Request-Id", x_request_id, "simple", False),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.HeadItemsByItemIDResponse,
            body_models={"200": None},
            error_models={},
            stream=False,
        )
