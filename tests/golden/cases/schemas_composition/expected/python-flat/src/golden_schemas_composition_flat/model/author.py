# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import book

if typing.TYPE_CHECKING:
    from .book import Book


class Author(TypedDict):
    name: NotRequired[str]
    books: NotRequired[List[Book]]


AuthorSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Author",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema()),
        schemas.Property("books", "books", schemas.ListSchema(book.BookSchema)),
    ),
)
