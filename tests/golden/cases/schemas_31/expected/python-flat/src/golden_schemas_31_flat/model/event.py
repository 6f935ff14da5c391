# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, Literal, NotRequired, Optional, TypedDict, Union

from .. import schemas
from .. import composed


class Event(TypedDict):
    id: NotRequired[Optional[str]]
    kind: Literal["click"]
    count: NotRequired[Union[int, str]]
    when: NotRequired[Optional[str]]
    nothing: NotRequired[Any]


EventSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Event",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(nullable=True)),
        schemas.Property(
            "kind", "kind", schemas.EnumSchema("click", ("click",)), required=True
        ),
        schemas.Property(
            "count",
            "count",
            composed.UnionSchema(
                "Union[int, str]",
                lambda: (
                    schemas.IntSchema(),
                    schemas.StrSchema(),
                ),
            ),
        ),
        schemas.Property(
            "when", "when", schemas.StrSchema(nullable=True, format="date-time")
        ),
        schemas.Property("nothing", "nothing", schemas.AnySchema()),
    ),
)
