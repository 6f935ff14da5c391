# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import TypedDict


from ...types import BaseModel


class Security(BaseModel):
    """The credentials of the security scheme 'bearer'."""

    bearer_auth: str


class SecurityTypedDict(TypedDict):
    """The credentials of the security scheme 'bearer'."""

    bearer_auth: str
