# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import author

if typing.TYPE_CHECKING:
    from .author import Author


class Book(TypedDict):
    title: NotRequired[str]
    author: NotRequired[Author]


BookSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Book",
    lambda: (
        schemas.Property("title", "title", schemas.StrSchema()),
        schemas.Property("author", "author", author.AuthorSchema),
    ),
)
