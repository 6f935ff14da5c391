# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_create_thing, locals())

    create_thing_async = async_twin(create_thing)

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
        return self._call(_op_import_things, locals())

    import_things_async = async_twin(import_things)

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
        return self._call(_op_list_things, locals())

    list_things_async = async_twin(list_things)


# what each operation sends and expects, for its two methods
_op_create_thing = Op(
    "POST",
    "/users/{userId}/things",
    lambda: (
        operations.CreateThingResponse,
        {"200": operations.CreateThingResponseBody},
        operations.CreateThingRequestBody,
    ),
    path_params={"userId": "user_id"},
    body="request_body",
)
_op_import_things = Op(
    "POST",
    "/things",
    lambda: (
        operations.ImportThingsResponse,
        {"204": None},
        operations.ImportThingsRequestBody,
    ),
    body="request",
    required=True,
)
_op_list_things = Op(
    "GET",
    "/users/{userId}/things",
    lambda: (
        operations.ListThingsResponse,
        {"200": operations.ListThingsResponseBody},
        None,
    ),
    path_params={"userId": "user_id"},
    query={"limit": "limit", "onlyActive": "only_active"},
)
