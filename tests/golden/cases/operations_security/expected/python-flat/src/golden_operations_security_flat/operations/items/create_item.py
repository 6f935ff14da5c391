# Generated from spec.yaml. Do not edit.
"""ItemsApi.create_item: POST /items"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import created
from ...model import item
from ...model.created import Created
from ...model.item import Item

SchemaForRequestBodyApplicationJson = item.ItemSchema
SchemaFor200ResponseBodyApplicationJson = item.ItemSchema
SchemaFor201ResponseBodyApplicationJson = created.CreatedSchema


class ApiResponseFor200(api_client.ApiResponse[Item]):
    """Updated."""


class ApiResponseFor201(api_client.ApiResponse[Created]):
    """Created."""


class ApiResponseFor202(api_client.ApiResponse[schemas.Unset]):
    """Accepted."""


OPERATION: api_client.Operation[
    Union[ApiResponseFor200, ApiResponseFor201, ApiResponseFor202]
] = api_client.Operation(
    name="ItemsApi.create_item",
    method="POST",
    path="/items",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationJson,
        ("application/json", "application/x-www-form-urlencoded", "text/plain"),
        required=True,
        flattened=False,
        media={
            "application/json": ("json", item.ItemSchema),
            "application/x-www-form-urlencoded": ("form", item.ItemSchema),
            "text/plain": ("text", schemas.StrSchema()),
        },
    ),
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
        api_client.ResponseSpec(
            "201", ApiResponseFor201, SchemaFor201ResponseBodyApplicationJson
        ),
        api_client.ResponseSpec("202", ApiResponseFor202, None),
    ),
    secured=True,
    errors={},
    security=(
        ("oauth",),
        ("openid",),
    ),
)
