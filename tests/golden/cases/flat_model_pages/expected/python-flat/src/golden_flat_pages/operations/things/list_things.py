# Generated from spec.yaml. Do not edit.
"""ThingsApi.list_things: GET /things"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import thing
from ...model.thing import Thing

SchemaFor200ResponseBodyApplicationJson = schemas.ListSchema(thing.ThingSchema)


class ApiResponseFor200(api_client.ApiResponse[List[Thing]]):
    """The things."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="ThingsApi.list_things",
    method="GET",
    path="/things",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
