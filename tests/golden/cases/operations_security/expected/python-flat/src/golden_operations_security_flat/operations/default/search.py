# Generated from spec.yaml. Do not edit.
"""DefaultApi.search: GET /search"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, ext, schemas
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
    ext.Parameter("tags", "tags", "query", TagsSchema, style="form", explode=True),
    ext.Parameter(
        "ids", "ids", "query", IdsSchema, style="spaceDelimited", explode=False
    ),
    ext.Parameter(
        "colors", "colors", "query", ColorsSchema, style="pipeDelimited", explode=False
    ),
    ext.Parameter(
        "filter", "filter", "query", FilterSchema, style="deepObject", explode=True
    ),
    ext.Parameter("point", "point", "query", PointSchema, style="form", explode=True),
)
SchemaFor200ResponseBodyApplicationVndExampleJson = schemas.ListSchema(item.ItemSchema)


class ApiResponseFor200(api_client.ApiResponse[List[Item]]):
    """Matches."""


OPERATION: api_client.Operation[ApiResponseFor200] = ext.Operation(
    name="DefaultApi.search",
    method="GET",
    path="/search",
    parameters=RequestQueryParams,
    body=None,
    responses=(
        ext.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationVndExampleJson
        ),
    ),
    secured=True,
    errors={},
    security=(("basic",),),
)
