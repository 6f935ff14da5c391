# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_annotate, locals())

    annotate_async = async_twin(annotate)

    def get_shape(
        self,
        *,
        id: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetShapeResponse:
        return self._call(_op_get_shape, locals())

    get_shape_async = async_twin(get_shape)

    def list_events(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListEventsResponse:
        return self._call(_op_list_events, locals())

    list_events_async = async_twin(list_events)


# what each operation sends and expects, for its two methods
_op_annotate = Op(
    "POST",
    "/annotated",
    lambda: (
        operations.AnnotateResponse,
        {"200": shared.Level},
        operations.AnnotateRequestBody,
    ),
    body="request",
    required=True,
)
_op_get_shape = Op(
    "GET",
    "/shapes/{id}",
    lambda: (
        operations.GetShapeResponse,
        {
            "200": Annotated[
                Union[shared.Circle, shared.Square, Dict[str, Any]],
                OneOf("kind", "kind", {"circle": 0, "square": 1}, open_member=True),
            ]
        },
        None,
    ),
    path_params={"id": "id"},
)
_op_list_events = Op(
    "GET",
    "/events",
    lambda: (operations.ListEventsResponse, {"200": List[shared.Event]}, None),
)
