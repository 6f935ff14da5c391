# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from .. import composed
from . import get_misc_choice_coordinates
from . import mixed
from . import nullable_status
from . import priority

if typing.TYPE_CHECKING:
    from .get_misc_choice_coordinates import GetMiscChoiceCoordinates
    from .mixed import Mixed
    from .nullable_status import NullableStatus
    from .priority import Priority


class GetMiscResponseBody(TypedDict):
    matrix: NotRequired[List[List[float]]]
    free: NotRequired[Dict[str, Any]]
    priority: NotRequired[Union[Priority, int]]
    mixed: NotRequired[Union[Mixed, Union[str, int]]]
    status: NotRequired[Optional[Union[NullableStatus, str]]]
    odd: NotRequired[Any]
    labeled: NotRequired[Optional[Union[Priority, int]]]
    """a description beside a $ref"""
    choice: NotRequired[Union[GetMiscChoiceCoordinates, str, Dict[str, Any]]]
    """an inline union of an inline object and a string"""


GetMiscResponseBodySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "GetMiscResponseBody",
    lambda: (
        schemas.Property(
            "matrix",
            "matrix",
            schemas.ListSchema(schemas.ListSchema(schemas.NumberSchema())),
        ),
        schemas.Property("free", "free", schemas.MapSchema(schemas.AnySchema())),
        schemas.Property("priority", "priority", priority.PrioritySchema),
        schemas.Property("mixed", "mixed", mixed.MixedSchema),
        schemas.Property(
            "status", "status", schemas.Nullable(nullable_status.NullableStatusSchema)
        ),
        schemas.Property("odd", "odd", schemas.AnySchema()),
        schemas.Property(
            "labeled", "labeled", schemas.Nullable(priority.PrioritySchema)
        ),
        schemas.Property(
            "choice",
            "choice",
            composed.UnionSchema(
                "Union[GetMiscChoiceCoordinates, str]",
                lambda: (
                    get_misc_choice_coordinates.GetMiscChoiceCoordinatesSchema,
                    schemas.StrSchema(),
                ),
            ),
        ),
    ),
)
