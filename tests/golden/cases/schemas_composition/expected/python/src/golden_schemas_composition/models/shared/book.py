# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic

from .author import Author, AuthorTypedDict

from ...types import BaseModel, OpenEnumMeta


class Book(BaseModel):
    title: Optional[str] = None
    author: Optional[Author] = None


class BookTypedDict(TypedDict):
    title: NotRequired[Optional[str]]
    author: NotRequired[Optional[AuthorTypedDict]]
