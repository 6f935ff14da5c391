# Generated from spec.yaml. Do not edit.
"""PetsApi.list_pets: GET /pets"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import list_pets_response_body
from ...model.list_pets_response_body import ListPetsResponseBody

KindSchema = schemas.StrSchema(nullable=True)
PageSchema = schemas.IntSchema()
CursorSchema = schemas.StrSchema()
RequestQueryParams = (
    api_client.Parameter("kind", "kind", "query", KindSchema),
    api_client.Parameter("page", "page", "query", PageSchema),
    api_client.Parameter("cursor", "cursor", "query", CursorSchema),
)
SchemaFor200ResponseBodyApplicationJson = (
    list_pets_response_body.ListPetsResponseBodySchema
)


class ApiResponseFor200(api_client.ApiResponse[ListPetsResponseBody]):
    """The pets."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="PetsApi.list_pets",
    method="GET",
    path="/pets",
    parameters=RequestQueryParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
