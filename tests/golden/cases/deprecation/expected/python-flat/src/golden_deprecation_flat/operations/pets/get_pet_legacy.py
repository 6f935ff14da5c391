# Generated from spec.yaml. Do not edit.
"""PetsApi.get_pet_legacy: GET /pets/{petId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import pet
from ...model.pet import Pet

PetIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("petId", "pet_id", "path", PetIdSchema, required=True),
)
SchemaFor200ResponseBodyApplicationJson = pet.PetSchema


class ApiResponseFor200(api_client.ApiResponse[Pet]):
    """The pet."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="PetsApi.get_pet_legacy",
    method="GET",
    path="/pets/{petId}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
