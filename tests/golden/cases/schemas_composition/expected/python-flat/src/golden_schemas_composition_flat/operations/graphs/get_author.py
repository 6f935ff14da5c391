# Generated from spec.yaml. Do not edit.
"""GraphsApi.get_author: GET /authors"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import author
from ...model.author import Author

SchemaFor200ResponseBodyApplicationJson = author.AuthorSchema


class ApiResponseFor200(api_client.ApiResponse[Author]):
    """mutually recursive models"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GraphsApi.get_author",
    method="GET",
    path="/authors",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
