# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations, shared


class Graphs(BaseSDK):
    def get_author(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetAuthorResponse:
        http_req = self._build_request(
            method="GET",
            path="/authors",
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
            response_cls=operations.GetAuthorResponse,
            body_models={"200": shared.Author},
        )

    async def get_author_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetAuthorResponse:
        http_req = self._build_request(
            method="GET",
            path="/authors",
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
            response_cls=operations.GetAuthorResponse,
            body_models={"200": shared.Author},
        )

    def get_tree(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetTreeResponse:
        http_req = self._build_request(
            method="GET",
            path="/tree",
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
            response_cls=operations.GetTreeResponse,
            body_models={"200": shared.TreeNode},
        )

    async def get_tree_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetTreeResponse:
        http_req = self._build_request(
            method="GET",
            path="/tree",
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
            response_cls=operations.GetTreeResponse,
            body_models={"200": shared.TreeNode},
        )
