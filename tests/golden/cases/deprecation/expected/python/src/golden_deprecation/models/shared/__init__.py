# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .pet import Pet, PetTypedDict
    from .pet_input import PetInput, PetInputTypedDict
    from .security import Security, SecurityTypedDict
    from .size import Size

__all__ = [
    "Pet",
    "PetTypedDict",
    "PetInput",
    "PetInputTypedDict",
    "Security",
    "SecurityTypedDict",
    "Size",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Pet": ".pet",
        "PetTypedDict": ".pet",
        "PetInput": ".pet_input",
        "PetInputTypedDict": ".pet_input",
        "Security": ".security",
        "SecurityTypedDict": ".security",
        "Size": ".size",
    },
)
