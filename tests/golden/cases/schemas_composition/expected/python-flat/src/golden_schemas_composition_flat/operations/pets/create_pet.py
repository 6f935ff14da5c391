# Generated from spec.yaml. Do not edit.
"""PetsApi.create_pet: POST /pets"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import cat
from ...model import dog
from ...model.cat import Cat
from ...model.dog import Dog

SchemaForRequestBodyApplicationJson = composed.UnionSchema(
    "Union[Cat, Dog]",
    lambda: (
        cat.CatSchema,
        dog.DogSchema,
    ),
    discriminator=("petType", "pet_type"),
    mapping={"cat": 0, "dog": 1},
)
SchemaFor200ResponseBodyApplicationJson = composed.UnionSchema(
    "Union[Cat, Dog]",
    lambda: (
        cat.CatSchema,
        dog.DogSchema,
    ),
    discriminator=("petType", "pet_type"),
    mapping={"cat": 0, "dog": 1},
)


class ApiResponseFor200(api_client.ApiResponse[Union[Cat, Dog, Dict[str, Any]]]):
    """the pet"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="PetsApi.create_pet",
    method="POST",
    path="/pets",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationJson,
        ("application/json",),
        required=True,
        flattened=False,
    ),
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
