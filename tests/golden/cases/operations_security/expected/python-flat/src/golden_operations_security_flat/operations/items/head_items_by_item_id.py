# Generated from spec.yaml. Do not edit.
"""ItemsApi.head_items_by_item_id: HEAD /items/{itemId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas

ItemIdSchema = schemas.IntSchema()
XRequestIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("itemId", "item_id", "path", ItemIdSchema, required=True),
)
RequestHeaderParams = (
    api_client.Parameter("X-Request-Id", "x_request_id", "header", XRequestIdSchema),
)


class ApiResponseFor200(api_client.ApiResponse[schemas.Unset]):
    """Exists."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="ItemsApi.head_items_by_item_id",
    method="HEAD",
    path="/items/{itemId}",
    parameters=RequestPathParams + RequestHeaderParams,
    body=None,
    responses=(api_client.ResponseSpec("200", ApiResponseFor200, None),),
    secured=False,
    errors={},
    security=(),
)
