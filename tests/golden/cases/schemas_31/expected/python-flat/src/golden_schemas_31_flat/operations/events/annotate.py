# Generated from spec.yaml. Do not edit.
"""EventsApi.annotate: POST /annotated"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import annotate_request_body
from ...model import level
from ...model.level import Level

SchemaForRequestBodyApplicationJson = annotate_request_body.AnnotateRequestBodySchema
SchemaFor200ResponseBodyApplicationJson = schemas.Nullable(level.LevelSchema)


class ApiResponseFor200(api_client.ApiResponse[Optional[Union[Level, int]]]):
    """ok"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="EventsApi.annotate",
    method="POST",
    path="/annotated",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationJson,
        ("application/json",),
        required=True,
        flattened=True,
    ),
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
