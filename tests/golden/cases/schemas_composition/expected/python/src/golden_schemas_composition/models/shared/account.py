# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import ClassVar, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Account(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"id", "password", "created", "birthday", "avatar", "raw"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    password: Optional[str] = None
    email: str
    created: Optional[str] = None
    birthday: Optional[str] = None
    avatar: Optional[str] = None
    raw: Optional[bytes] = None


class AccountTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    password: NotRequired[Optional[str]]
    email: str
    created: NotRequired[Optional[str]]
    birthday: NotRequired[Optional[str]]
    avatar: NotRequired[Optional[str]]
    raw: NotRequired[Optional[bytes]]
