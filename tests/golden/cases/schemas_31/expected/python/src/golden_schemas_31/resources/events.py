# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations, shared
from ..unions import OneOf


class Events(BaseSDK):
    def annotate(
        self,
        *,
        request: Union[
            operations.AnnotateRequestBody, operations.AnnotateRequestBodyTypedDict
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.AnnotateResponse:
        http_req = self._build_request(
            method="POST",
            path="/annotated",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.AnnotateRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.AnnotateResponse,
            body_models={"200": shared.Level},
        )

    async def annotate_async(
        self,
        *,
        request: Union[
            operations.AnnotateRequestBody, operations.AnnotateRequestBodyTypedDict
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.AnnotateResponse:
        http_req = self._build_request(
            method="POST",
            path="/annotated",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.AnnotateRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.AnnotateResponse,
            body_models={"200": shared.Level},
        )

    def get_shape(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetShapeResponse:
        http_req = self._build_request(
            method="GET",
            path="/shapes/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetShapeResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Circle, shared.Square, Dict[str, Any]],
                    OneOf("kind", "kind", {"circle": 0, "square": 1}, open_member=True),
                ]
            },
        )

    async def get_shape_async(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetShapeResponse:
        http_req = self._build_request(
            method="GET",
            path="/shapes/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetShapeResponse,
            body_models={
                "200": Annotated[
                    Union[shared.Circle, shared.Square, Dict[str, Any]],
                    OneOf("kind", "kind", {"circle": 0, "square": 1}, open_member=True),
                ]
            },
        )

    def list_events(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListEventsResponse:
        http_req = self._build_request(
            method="GET",
            path="/events",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.ListEventsResponse,
            body_models={"200": List[shared.Event]},
        )

    async def list_events_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListEventsResponse:
        http_req = self._build_request(
            method="GET",
            path="/events",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.ListEventsResponse,
            body_models={"200": List[shared.Event]},
        )
