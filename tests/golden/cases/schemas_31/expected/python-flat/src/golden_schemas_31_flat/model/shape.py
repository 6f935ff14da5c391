# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from .. import composed
from . import circle
from . import square

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .circle import Circle
    from .square import Square

Shape: TypeAlias = "Union[Circle, Square, Dict[str, Any]]"

ShapeSchema: schemas.Schema = schemas.Lazy(
    lambda: composed.UnionSchema(
        "Union[Circle, Square]",
        lambda: (
            circle.CircleSchema,
            square.SquareSchema,
        ),
        discriminator=("kind", "kind"),
        mapping={"circle": 0, "square": 1},
    ),
)
