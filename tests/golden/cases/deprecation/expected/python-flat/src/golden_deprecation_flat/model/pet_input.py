# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import size

if typing.TYPE_CHECKING:
    from .size import Size


class PetInput(TypedDict):
    name: str
    owner: NotRequired[Optional[str]]
    """Optional and nullable; null clears it."""
    legacy_code: NotRequired[str]
    """Use the tag instead."""
    size: NotRequired[Union[Size, str]]
    """Sizes were replaced by weights."""
    tag: NotRequired[str]


PetInputSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "PetInput",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("owner", "owner", schemas.StrSchema(nullable=True)),
        schemas.Property("legacyCode", "legacy_code", schemas.StrSchema()),
        schemas.Property("size", "size", size.SizeSchema),
        schemas.Property("tag", "tag", schemas.StrSchema()),
    ),
)
