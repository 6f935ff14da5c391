# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import size

if typing.TYPE_CHECKING:
    from .size import Size


class Pet(TypedDict):
    id: str
    nickname: Optional[str]
    """Required, and may be null."""
    owner: NotRequired[Optional[str]]
    """Optional, and may be null."""
    tag: NotRequired[str]
    """Optional, never null."""
    size: NotRequired[Union[Size, str]]
    """Sizes were replaced by weights."""


PetSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Pet",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(), required=True),
        schemas.Property(
            "nickname", "nickname", schemas.StrSchema(nullable=True), required=True
        ),
        schemas.Property("owner", "owner", schemas.StrSchema(nullable=True)),
        schemas.Property("tag", "tag", schemas.StrSchema()),
        schemas.Property("size", "size", size.SizeSchema),
    ),
)
