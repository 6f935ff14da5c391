# Generated from spec.yaml. Do not edit.
"""AccountsApi.get_misc: GET /misc"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import get_misc_response_body
from ...model.get_misc_response_body import GetMiscResponseBody

SchemaFor200ResponseBodyApplicationJson = (
    get_misc_response_body.GetMiscResponseBodySchema
)


class ApiResponseFor200(api_client.ApiResponse[GetMiscResponseBody]):
    """maps, arrays of arrays, enums, an unrepresentable schema"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="AccountsApi.get_misc",
    method="GET",
    path="/misc",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
