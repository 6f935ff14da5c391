# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .pet import Pet as Pet, PetTypedDict as PetTypedDict
    from .pet_input import PetInput as PetInput, PetInputTypedDict as PetInputTypedDict
    from .security import Security as Security, SecurityTypedDict as SecurityTypedDict
    from .size import Size as Size

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".pet": "Pet PetTypedDict",
        ".pet_input": "PetInput PetInputTypedDict",
        ".security": "Security SecurityTypedDict",
        ".size": "Size",
    },
)
