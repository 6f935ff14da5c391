# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel


class Book(BaseModel):
    non_nullable_fields = frozenset({"title", "author"})

    title: Optional[str] = None
    author: Optional[Author] = None


class BookTypedDict(TypedDict):
    title: NotRequired[Optional[str]]
    author: NotRequired[Optional[AuthorTypedDict]]


# models of an import cycle with this one, imported once this class exists
from .author import Author, AuthorTypedDict  # noqa: E402
