# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_deprecation_flat.models import X`."""

from ..model.list_pets_response_body import (
    ListPetsResponseBody,
    ListPetsResponseBodySchema,
)
from ..model.pet import Pet, PetSchema
from ..model.pet_input import PetInput, PetInputSchema
from ..model.size import Size, SizeSchema

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
