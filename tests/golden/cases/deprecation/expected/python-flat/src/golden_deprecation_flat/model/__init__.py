# Generated from spec.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .list_pets_response_body import ListPetsResponseBody, ListPetsResponseBodySchema
from .pet import Pet, PetSchema
from .pet_input import PetInput, PetInputSchema
from .size import Size, SizeSchema

__all__ = [
    "ListPetsResponseBody",
    "ListPetsResponseBodySchema",
    "Pet",
    "PetSchema",
    "PetInput",
    "PetInputSchema",
    "Size",
    "SizeSchema",
]
