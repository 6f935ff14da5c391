# Generated from spec.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .account import Account, AccountSchema
from .animal import Animal, AnimalSchema
from .author import Author, AuthorSchema
from .book import Book, BookSchema
from .cat import Cat, CatSchema
from .circle import Circle, CircleSchema
from .dog import Dog, DogSchema
from .free_form import FreeForm, FreeFormSchema
from .get_misc_choice_coordinates import (
    GetMiscChoiceCoordinates,
    GetMiscChoiceCoordinatesSchema,
)
from .get_misc_response_body import GetMiscResponseBody, GetMiscResponseBodySchema
from .inventory import Inventory, InventorySchema
from .matrix import Matrix, MatrixSchema
from .mixed import Mixed, MixedSchema
from .nullable_status import NullableStatus, NullableStatusSchema
from .oddity import Oddity, OdditySchema
from .pet import Pet, PetSchema
from .priority import Priority, PrioritySchema
from .shape import Shape, ShapeSchema
from .square import Square, SquareSchema
from .tree_node import TreeNode, TreeNodeSchema
from .value import Value, ValueSchema

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
