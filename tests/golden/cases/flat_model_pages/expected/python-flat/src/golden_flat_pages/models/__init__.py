# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_flat_pages.models import X`."""

from ..model.cat import Cat, CatSchema
from ..model.color import Color, ColorSchema
from ..model.dog import Dog, DogSchema
from ..model.get_thing_part_level import GetThingPartLevel, GetThingPartLevelSchema
from ..model.pet import Pet, PetSchema
from ..model.thing import Thing, ThingSchema
from ..model.thing_mood import ThingMood, ThingMoodSchema
from ..model.thing_owner import ThingOwner, ThingOwnerSchema
from ..model.thing_tag_names import ThingTagNames, ThingTagNamesSchema
from ..model.things import Things, ThingsSchema
from ..model.uid import Uid, UidSchema

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
