# Generated from spec.yaml. Do not edit.
"""ThingsApi.get_thing_part: GET /things/{thingId}/{part}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import color
from ...model import get_thing_part_level
from ...model import thing
from ...model.thing import Thing

ThingIdSchema = schemas.StrSchema()
PartSchema = schemas.StrSchema()
ColorSchema = color.ColorSchema
LevelSchema = get_thing_part_level.GetThingPartLevelSchema
RequestPathParams = (
    api_client.Parameter("thingId", "thing_id", "path", ThingIdSchema, required=True),
    api_client.Parameter("part", "part", "path", PartSchema, required=True),
)
RequestQueryParams = (
    api_client.Parameter("color", "color", "query", ColorSchema),
    api_client.Parameter("level", "level", "query", LevelSchema),
)
SchemaFor200ResponseBodyApplicationJson = thing.ThingSchema


class ApiResponseFor200(api_client.ApiResponse[Thing]):
    """The thing."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="ThingsApi.get_thing_part",
    method="GET",
    path="/things/{thingId}/{part}",
    parameters=RequestPathParams + RequestQueryParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
