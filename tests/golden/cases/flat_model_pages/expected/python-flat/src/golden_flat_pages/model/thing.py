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
        schemas.Property("title", "title", schemas.StrSchema(), required=False),
        schemas.Property("ratio", "ratio", schemas.NumberSchema(), required=False),
        schemas.Property("done", "done", schemas.BoolSchema(), required=False),
        schemas.Property(
            "day", "day", schemas.StrSchema(format="date"), required=False
        ),
        schemas.Property(
            "seenAt",
            "seen_at",
            schemas.StrSchema(nullable=True, format="date-time"),
            required=False,
        ),
        schemas.Property("color", "color", color.ColorSchema, required=False),
        schemas.Property("mood", "mood", thing_mood.ThingMoodSchema, required=False),
        schemas.Property(
            "tagNames",
            "tag_names",
            schemas.ListSchema(schemas.StrSchema()),
            required=False,
        ),
        schemas.Property(
            "grid",
            "grid",
            schemas.ListSchema(schemas.ListSchema(schemas.IntSchema())),
            required=False,
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
            required=False,
        ),
        schemas.Property(
            "owner", "owner", thing_owner.ThingOwnerSchema, required=False
        ),
        schemas.Property(
            "scores",
            "scores",
            schemas.MapSchema(schemas.NumberSchema()),
            required=False,
        ),
    ),
)
