# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from .. import composed
from . import cat
from . import dog

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .cat import Cat
    from .dog import Dog

Pet: TypeAlias = "Union[Cat, Dog, Dict[str, Any]]"

PetSchema: schemas.Schema = schemas.Lazy(
    lambda: composed.UnionSchema(
        "Union[Cat, Dog]",
        lambda: (
            cat.CatSchema,
            dog.DogSchema,
        ),
    ),
)
