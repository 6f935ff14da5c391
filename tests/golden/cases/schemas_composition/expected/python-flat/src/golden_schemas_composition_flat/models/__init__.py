# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_schemas_composition_flat.models import X`."""

from ..model.account import Account, AccountSchema
from ..model.animal import Animal, AnimalSchema
from ..model.author import Author, AuthorSchema
from ..model.book import Book, BookSchema
from ..model.cat import Cat, CatSchema
from ..model.circle import Circle, CircleSchema
from ..model.dog import Dog, DogSchema
from ..model.free_form import FreeForm, FreeFormSchema
from ..model.get_misc_choice_coordinates import (
    GetMiscChoiceCoordinates,
    GetMiscChoiceCoordinatesSchema,
)
from ..model.get_misc_response_body import (
    GetMiscResponseBody,
    GetMiscResponseBodySchema,
)
from ..model.inventory import Inventory, InventorySchema
from ..model.matrix import Matrix, MatrixSchema
from ..model.mixed import Mixed, MixedSchema
from ..model.nullable_status import NullableStatus, NullableStatusSchema
from ..model.oddity import Oddity, OdditySchema
from ..model.pet import Pet, PetSchema
from ..model.priority import Priority, PrioritySchema
from ..model.shape import Shape, ShapeSchema
from ..model.square import Square, SquareSchema
from ..model.tree_node import TreeNode, TreeNodeSchema
from ..model.value import Value, ValueSchema

__all__ = [
    "Account",
    "AccountSchema",
    "Animal",
    "AnimalSchema",
    "Author",
    "AuthorSchema",
    "Book",
    "BookSchema",
    "Cat",
    "CatSchema",
    "Circle",
    "CircleSchema",
    "Dog",
    "DogSchema",
    "FreeForm",
    "FreeFormSchema",
    "GetMiscChoiceCoordinates",
    "GetMiscChoiceCoordinatesSchema",
    "GetMiscResponseBody",
    "GetMiscResponseBodySchema",
    "Inventory",
    "InventorySchema",
    "Matrix",
    "MatrixSchema",
    "Mixed",
    "MixedSchema",
    "NullableStatus",
    "NullableStatusSchema",
    "Oddity",
    "OdditySchema",
    "Pet",
    "PetSchema",
    "Priority",
    "PrioritySchema",
    "Shape",
    "ShapeSchema",
    "Square",
    "SquareSchema",
    "TreeNode",
    "TreeNodeSchema",
    "Value",
    "ValueSchema",
]
