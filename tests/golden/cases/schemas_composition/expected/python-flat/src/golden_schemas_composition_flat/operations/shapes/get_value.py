# Generated from spec.yaml. Do not edit.
"""ShapesApi.get_value: GET /values"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import cat
from ...model.cat import Cat

SchemaFor200ResponseBodyApplicationJson = composed.UnionSchema(
    "Union[str, int, List[str], Cat]",
    lambda: (
        schemas.StrSchema(),
        schemas.IntSchema(),
        schemas.ListSchema(schemas.StrSchema()),
        cat.CatSchema,
    ),
)


class ApiResponseFor200(
    api_client.ApiResponse[Union[str, int, List[str], Cat, Dict[str, Any]]]
):
    """a string, an integer, a list of strings or a cat"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="ShapesApi.get_value",
    method="GET",
    path="/values",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
