# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Account(TypedDict):
    id: NotRequired[str]
    password: NotRequired[str]
    email: str
    created: NotRequired[str]
    birthday: NotRequired[str]
    avatar: NotRequired[str]
    raw: NotRequired[str]


AccountSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Account",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(format="uuid")),
        schemas.Property("password", "password", schemas.StrSchema()),
        schemas.Property("email", "email", schemas.StrSchema(), required=True),
        schemas.Property("created", "created", schemas.StrSchema(format="date-time")),
        schemas.Property("birthday", "birthday", schemas.StrSchema(format="date")),
        schemas.Property("avatar", "avatar", schemas.StrSchema(format="byte")),
        schemas.Property("raw", "raw", schemas.BinarySchema()),
    ),
)
