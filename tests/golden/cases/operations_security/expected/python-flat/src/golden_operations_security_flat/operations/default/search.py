# Generated from spec.yaml. Do not edit.
"""DefaultApi.search: GET /search"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import item
from ...model import search_filter
from ...model import search_point
from ...model.item import Item

TagsSchema = schemas.ListSchema(schemas.StrSchema())
IdsSchema = schemas.ListSchema(schemas.IntSchema())
ColorsSchema = schemas.ListSchema(schemas.StrSchema())
FilterSchema = search_filter.SearchFilterSchema
PointSchema = search_point.SearchPointSchema
RequestQueryParams = (
    api_client.Parameter("tags", "tags", "query", TagsSchema),
    api_client.Parameter("ids", "ids", "query", IdsSchema, style="spaceDelimited"),
    api_client.Parameter(
        "colors", "colors", "query", ColorsSchema, style="pipeDelimited"
    ),
    api_client.Parameter(
        "filter", "filter", "query", FilterSchema, style="deepObject", explode=True
    ),
    api_client.Parameter("point", "point", "query", PointSchema),
)
SchemaFor200ResponseBodyApplicationVndExampleJson = schemas.ListSchema(item.ItemSchema)


class ApiResponseFor200(api_client.ApiResponse[List[Item]]):
    """Matches."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="DefaultApi.search",
    method="GET",
    path="/search",
    parameters=RequestQueryParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationVndExampleJson
        ),
    ),
    secured=True,
    errors={},
    security=(("basic",),),
)
