# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import pet

if typing.TYPE_CHECKING:
    from .pet import Pet


class ListPetsResponseBody(TypedDict):
    pets: NotRequired[List[Pet]]


ListPetsResponseBodySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "ListPetsResponseBody",
    lambda: (schemas.Property("pets", "pets", schemas.ListSchema(pet.PetSchema)),),
)
