# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_get_value, locals())

    get_value_async = async_twin(get_value)

    def list_shapes(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.ListShapesResponse:
        return self._call(_op_list_shapes, locals())

    list_shapes_async = async_twin(list_shapes)


# what each operation sends and expects, for its two methods
_op_get_value = Op(
    "GET",
    "/values",
    lambda: (
        operations.GetValueResponse,
        {
            "200": Annotated[
                Union[str, int, List[str], shared.Cat, Dict[str, Any]],
                OneOf(open_member=True),
            ]
        },
        None,
    ),
)
_op_list_shapes = Op(
    "GET",
    "/shapes",
    lambda: (
        operations.ListShapesResponse,
        {
            "200": List[
                Annotated[
                    Union[shared.Circle, shared.Square, Dict[str, Any]],
                    OneOf(open_member=True),
                ]
            ]
        },
        None,
    ),
)
