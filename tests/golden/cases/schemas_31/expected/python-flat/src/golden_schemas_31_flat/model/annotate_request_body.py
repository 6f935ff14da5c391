# Generated from spec.yaml. Do not edit.
"""keywords beside a $ref narrow it (3.1)"""

from __future__ import annotations

import typing
from typing import Any, Dict, List, Literal, NotRequired, Optional, TypedDict, Union

from .. import schemas
from .. import composed


class AnnotateRequestBody(TypedDict):
    """keywords beside a $ref narrow it (3.1)"""

    id: NotRequired[Optional[str]]
    kind: Literal["click"]
    count: NotRequired[Union[int, str]]
    when: NotRequired[Optional[str]]
    nothing: NotRequired[Any]
    note: str


AnnotateRequestBodySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "AnnotateRequestBody",
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
        schemas.Property("note", "note", schemas.StrSchema(), required=True),
    ),
)
