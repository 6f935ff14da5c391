# Generated from spec.yaml. Do not edit.
"""EventsApi.get_shape: GET /shapes/{id}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import circle
from ...model import square
from ...model.circle import Circle
from ...model.square import Square

IdSchema = schemas.StrSchema()
RequestPathParams = (api_client.Parameter("id", "id", "path", IdSchema, required=True),)
SchemaFor200ResponseBodyApplicationJson = composed.UnionSchema(
    "Union[Circle, Square]",
    lambda: (
        circle.CircleSchema,
        square.SquareSchema,
    ),
    discriminator=("kind", "kind"),
    mapping={"circle": 0, "square": 1},
    nullable=True,
)


class ApiResponseFor200(
    api_client.ApiResponse[Optional[Union[Circle, Square, Dict[str, Any]]]]
):
    """a shape, or null"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="EventsApi.get_shape",
    method="GET",
    path="/shapes/{id}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
