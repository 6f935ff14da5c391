# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from .. import composed
from . import cat

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .cat import Cat

Value: TypeAlias = "Union[str, int, List[str], Cat, Dict[str, Any]]"

ValueSchema: schemas.Schema = schemas.Lazy(
    lambda: composed.UnionSchema(
        "Union[str, int, List[str], Cat]",
        lambda: (
            schemas.StrSchema(),
            schemas.IntSchema(),
            schemas.ListSchema(schemas.StrSchema()),
            cat.CatSchema,
        ),
    ),
)
