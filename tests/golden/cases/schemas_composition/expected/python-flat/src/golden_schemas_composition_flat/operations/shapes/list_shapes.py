# Generated from spec.yaml. Do not edit.
"""ShapesApi.list_shapes: GET /shapes"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import circle
from ...model import square
from ...model.circle import Circle
from ...model.square import Square

SchemaFor200ResponseBodyApplicationJson = schemas.ListSchema(
    composed.UnionSchema(
        "Union[Circle, Square]",
        lambda: (
            circle.CircleSchema,
            square.SquareSchema,
        ),
    ),
)


class ApiResponseFor200(
    api_client.ApiResponse[List[Union[Circle, Square, Dict[str, Any]]]]
):
    """shapes, told apart by their properties"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="ShapesApi.list_shapes",
    method="GET",
    path="/shapes",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
