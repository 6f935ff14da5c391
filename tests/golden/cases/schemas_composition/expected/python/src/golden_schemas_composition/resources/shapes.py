# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations, shared
from ..unions import OneOf


class Shapes(BaseSDK):
    def get_value(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetValueResponse:
        http_req = self._build_request(
            method="GET",
            path="/values",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetValueResponse,
            body_models={
                "200": Annotated[
                    Union[str, int, List[str], shared.Cat, Dict[str, Any]],
                    OneOf(open_member=True),
                ]
            },
        )

    async def get_value_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetValueResponse:
        http_req = self._build_request(
            method="GET",
            path="/values",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetValueResponse,
            body_models={
                "200": Annotated[
                    Union[str, int, List[str], shared.Cat, Dict[str, Any]],
                    OneOf(open_member=True),
                ]
            },
        )

    def list_shapes(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListShapesResponse:
        http_req = self._build_request(
            method="GET",
            path="/shapes",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ListShapesResponse,
            body_models={
                "200": List[
                    Annotated[
                        Union[shared.Circle, shared.Square, Dict[str, Any]],
                        OneOf(open_member=True),
                    ]
                ]
            },
        )

    async def list_shapes_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListShapesResponse:
        http_req = self._build_request(
            method="GET",
            path="/shapes",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListShapesResponse,
            body_models={
                "200": List[
                    Annotated[
                        Union[shared.Circle, shared.Square, Dict[str, Any]],
                        OneOf(open_member=True),
                    ]
                ]
            },
        )
