# Generated from spec.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .cat import Cat, CatSchema
from .color import Color, ColorSchema
from .dog import Dog, DogSchema
from .get_thing_part_level import GetThingPartLevel, GetThingPartLevelSchema
from .pet import Pet, PetSchema
from .thing import Thing, ThingSchema
from .thing_mood import ThingMood, ThingMoodSchema
from .thing_owner import ThingOwner, ThingOwnerSchema
from .thing_tag_names import ThingTagNames, ThingTagNamesSchema
from .things import Things, ThingsSchema
from .uid import Uid, UidSchema

__all__ = [
    "Cat",
    "CatSchema",
    "Color",
    "ColorSchema",
    "Dog",
    "DogSchema",
    "GetThingPartLevel",
    "GetThingPartLevelSchema",
    "Pet",
    "PetSchema",
    "Thing",
    "ThingSchema",
    "ThingMood",
    "ThingMoodSchema",
    "ThingOwner",
    "ThingOwnerSchema",
    "ThingTagNames",
    "ThingTagNamesSchema",
    "Things",
    "ThingsSchema",
    "Uid",
    "UidSchema",
]
