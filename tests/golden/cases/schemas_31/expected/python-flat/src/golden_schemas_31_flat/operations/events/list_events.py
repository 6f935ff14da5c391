# Generated from spec.yaml. Do not edit.
"""EventsApi.list_events: GET /events"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import event
from ...model.event import Event

SchemaFor200ResponseBodyApplicationJson = schemas.ListSchema(event.EventSchema)


class ApiResponseFor200(api_client.ApiResponse[List[Event]]):
    """events"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="EventsApi.list_events",
    method="GET",
    path="/events",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
