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
