# Generated from spec.yaml. Do not edit.
"""ItemsApi.head_items_by_item_id: HEAD /items/{itemId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, ext, schemas

ItemIdSchema = schemas.IntSchema()
XRequestIdSchema = schemas.StrSchema()
RequestPathParams = (
    ext.Parameter(
        "itemId",
        "item_id",
        "path",
        ItemIdSchema,
        required=True,
        style="simple",
        explode=False,
    ),
)
RequestHeaderParams = (
    ext.Parameter(
        "X-Request-Id",
        "x_request_id",
        "header",
        XRequestIdSchema,
        style="simple",
        explode=False,
    ),
)


class ApiResponseFor200(api_client.ApiResponse[schemas.Unset]):
    """Exists."""


OPERATION: api_client.Operation[ApiResponseFor200] = ext.Operation(
    name="ItemsApi.head_items_by_item_id",
    method="HEAD",
    path="/items/{itemId}",
    parameters=RequestPathParams + RequestHeaderParams,
    body=None,
    responses=(ext.ResponseSpec("200", ApiResponseFor200, None),),
    secured=False,
    errors={},
    security=(),
)
