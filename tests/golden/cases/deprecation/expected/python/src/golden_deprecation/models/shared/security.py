# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Security(BaseModel):
    """The credentials of the security scheme 'bearer'."""

    bearer_auth: str


class SecurityTypedDict(TypedDict):
    """The credentials of the security scheme 'bearer'."""

    bearer_auth: str
