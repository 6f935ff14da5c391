# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import ClassVar, NotRequired, Optional, TypedDict


from ...types import BaseModel


class Book(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"title", "author"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    title: Optional[str] = None
    author: Optional[Author] = None


class BookTypedDict(TypedDict):
    title: NotRequired[Optional[str]]
    author: NotRequired[Optional[AuthorTypedDict]]


# models of an import cycle with this one, imported once this class exists
from .author import Author, AuthorTypedDict  # noqa: E402
