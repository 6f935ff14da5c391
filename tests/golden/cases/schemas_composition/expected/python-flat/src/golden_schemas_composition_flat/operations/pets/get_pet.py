# Generated from spec.yaml. Do not edit.
"""PetsApi.get_pet: GET /pets/{id}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ... import composed
from ...model import cat
from ...model import dog
from ...model.cat import Cat
from ...model.dog import Dog

IdSchema = schemas.StrSchema()
RequestPathParams = (api_client.Parameter("id", "id", "path", IdSchema, required=True),)
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
    """a cat or a dog, by its petType"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="PetsApi.get_pet",
    method="GET",
    path="/pets/{id}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
