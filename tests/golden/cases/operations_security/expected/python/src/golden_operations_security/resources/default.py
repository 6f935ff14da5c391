# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, IO, Iterator, List, Optional, Union

from .. import utils
from .._extsdk import ExtSDK
from ..models import operations, shared


class Default(ExtSDK):
    def search(
        self,
        *,
        tags: Optional[List[str]] = None,
        ids: Optional[List[int]] = None,
        colors: Optional[List[str]] = None,
        filter: Optional[operations.Filter] = None,
        point: Optional[operations.Point] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.SearchResponse:
        security: List[List[str]] = [["basic"]]
        http_req = self._ext_request(
            method="GET",
            path="/search",
            params=[
                ("query", "tags", tags, "form", True),
                ("query", "ids", ids, "spaceDelimited", False),
                ("query", "colors", colors, "pipeDelimited", False),
                ("query", "filter", filter, "deepObject", True),
                ("query", "point", point, "form", True),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/vnd.example+json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.SearchResponse,
            body_models={"200": ("json", List[shared.Item])},
            error_models={},
            stream=False,
        )

    async def search_async(
        self,
        *,
        tags: Optional[List[str]] = None,
        ids: Optional[List[int]] = None,
        colors: Optional[List[str]] = None,
        filter: Optional[operations.Filter] = None,
        point: Optional[operations.Point] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.SearchResponse:
        security: List[List[str]] = [["basic"]]
        http_req = self._ext_request(
            method="GET",
            path="/search",
            params=[
                ("query", "tags", tags, "form", True),
                ("query", "ids", ids, "spaceDelimited", False),
                ("query", "colors", colors, "pipeDelimited", False),
                ("query", "filter", filter, "deepObject", True),
                ("query", "point", point, "form", True),
            ],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/vnd.example+json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.SearchResponse,
            body_models={"200": ("json", List[shared.Item])},
            error_models={},
            stream=False,
        )
