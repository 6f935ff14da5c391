# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict


from ...types import BaseModel


class Author(BaseModel):
    non_nullable_fields = frozenset({"name", "books"})

    name: Optional[str] = None
    books: Optional[List[Book]] = None


class AuthorTypedDict(TypedDict):
    name: NotRequired[Optional[str]]
    books: NotRequired[Optional[List[BookTypedDict]]]


# models of an import cycle with this one, imported once this class exists
from .book import Book, BookTypedDict  # noqa: E402
