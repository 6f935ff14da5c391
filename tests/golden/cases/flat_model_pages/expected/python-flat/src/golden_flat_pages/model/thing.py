# Generated from spec.yaml. Do not edit.
"""A thing."""

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from .. import composed
from . import cat
from . import color
from . import dog
from . import thing_mood
from . import thing_owner

if typing.TYPE_CHECKING:
    from .cat import Cat
    from .color import Color
    from .dog import Dog
    from .thing_mood import ThingMood
    from .thing_owner import ThingOwner


class Thing(TypedDict):
    """A thing."""

    thing_id: str
    """An id."""
    count: int
    """How many | of them."""
    title: NotRequired[str]
    ratio: NotRequired[float]
    done: NotRequired[bool]
    day: NotRequired[str]
    seen_at: NotRequired[Optional[str]]
    color: NotRequired[Union[Color, str]]
    """A color."""
    mood: NotRequired[Union[ThingMood, str]]
    tag_names: NotRequired[List[str]]
    """The tags."""
    grid: NotRequired[List[List[int]]]
    pets: NotRequired[List[Union[Cat, Dog, Dict[str, Any]]]]
    owner: NotRequired[ThingOwner]
    scores: NotRequired[Dict[str, float]]


ThingSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Thing",
    lambda: (
        schemas.Property(
            "thingId", "thing_id", schemas.StrSchema(format="uuid"), required=True
        ),
        schemas.Property("count", "count", schemas.IntSchema(), required=True),
        schemas.Property("title", "title", schemas.StrSchema()),
        schemas.Property("ratio", "ratio", schemas.NumberSchema()),
        schemas.Property("done", "done", schemas.BoolSchema()),
        schemas.Property("day", "day", schemas.StrSchema(format="date")),
        schemas.Property(
            "seenAt", "seen_at", schemas.StrSchema(nullable=True, format="date-time")
        ),
        schemas.Property("color", "color", color.ColorSchema),
        schemas.Property("mood", "mood", thing_mood.ThingMoodSchema),
        schemas.Property(
            "tagNames", "tag_names", schemas.ListSchema(schemas.StrSchema())
        ),
        schemas.Property(
            "grid", "grid", schemas.ListSchema(schemas.ListSchema(schemas.IntSchema()))
        ),
        schemas.Property(
            "pets",
            "pets",
            schemas.ListSchema(
                composed.UnionSchema(
                    "Union[Cat, Dog]",
                    lambda: (
                        cat.CatSchema,
                        dog.DogSchema,
                    ),
                )
            ),
        ),
        schemas.Property("owner", "owner", thing_owner.ThingOwnerSchema),
        schemas.Property("scores", "scores", schemas.MapSchema(schemas.NumberSchema())),
    ),
)
