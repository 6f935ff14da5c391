# Generated from spec.yaml. Do not edit.
"""ItemsApi.get_item: GET /items/{itemId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import conflict
from ...model import item
from ...model import locked
from ...model import problem
from ...model.item import Item
from ...model.problem import Problem

ItemIdSchema = schemas.IntSchema()
FieldsSchema = schemas.ListSchema(schemas.StrSchema())
XRequestIdSchema = schemas.StrSchema()
SessionSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("itemId", "item_id", "path", ItemIdSchema, required=True),
)
RequestQueryParams = (
    api_client.Parameter("fields", "fields", "query", FieldsSchema, explode=False),
)
RequestHeaderParams = (
    api_client.Parameter("X-Request-Id", "x_request_id", "header", XRequestIdSchema),
)
RequestCookieParams = (
    api_client.Parameter("session", "session", "cookie", SessionSchema),
)
SchemaFor200ResponseBodyApplicationJsonCharsetUtf8 = item.ItemSchema
SchemaForDefaultResponseBodyApplicationJson = problem.ProblemSchema


class ApiResponseFor200(api_client.ApiResponse[Item]):
    """The item."""


class ApiResponseForDefault(api_client.ApiResponse[Problem]):
    """Any other error."""


OPERATION: api_client.Operation[Union[ApiResponseFor200, ApiResponseForDefault]] = (
    api_client.Operation(
        name="ItemsApi.get_item",
        method="GET",
        path="/items/{itemId}",
        parameters=RequestPathParams
        + RequestQueryParams
        + RequestHeaderParams
        + RequestCookieParams,
        body=None,
        responses=(
            api_client.ResponseSpec(
                "200",
                ApiResponseFor200,
                SchemaFor200ResponseBodyApplicationJsonCharsetUtf8,
            ),
            api_client.ResponseSpec(
                "default",
                ApiResponseForDefault,
                SchemaForDefaultResponseBodyApplicationJson,
            ),
        ),
        secured=True,
        errors={
            "404": problem.ProblemSchema,
            "409": composed.UnionSchema(
                "Union[Conflict, Locked]",
                lambda: (
                    conflict.ConflictSchema,
                    locked.LockedSchema,
                ),
            ),
            "default": problem.ProblemSchema,
        },
        security=(
            ("bearer",),
            ("apiKeyHeader",),
        ),
    )
)
