# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, Base64Bytes


class Account(BaseModel):
    non_nullable_fields = frozenset(
        {"id", "password", "created", "birthday", "avatar", "raw"}
    )

    id: Optional[_uuid.UUID] = None
    password: Optional[str] = None
    email: str
    created: Optional[_dt.datetime] = None
    birthday: Optional[_dt.date] = None
    avatar: Optional[Base64Bytes] = None
    raw: Optional[bytes] = None


class AccountTypedDict(TypedDict):
    id: NotRequired[Optional[_uuid.UUID]]
    password: NotRequired[Optional[str]]
    email: str
    created: NotRequired[Optional[_dt.datetime]]
    birthday: NotRequired[Optional[_dt.date]]
    avatar: NotRequired[Optional[Base64Bytes]]
    raw: NotRequired[Optional[bytes]]
