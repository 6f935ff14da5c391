# Generated from spec.yaml. Do not edit.
"""PetsApi.create_pet: POST /pets"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import pet
from ...model import pet_input
from ...model.pet import Pet

SchemaForRequestBodyApplicationJson = pet_input.PetInputSchema
SchemaFor200ResponseBodyApplicationJson = pet.PetSchema


class ApiResponseFor200(api_client.ApiResponse[Pet]):
    """The pet created."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="PetsApi.create_pet",
    method="POST",
    path="/pets",
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
    secured=True,
)
