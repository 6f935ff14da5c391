# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, TypedDict

import pydantic


from ...types import BaseModel


class Locked(BaseModel):
    locked_until: Annotated[str, pydantic.Field(alias="lockedUntil")]


class LockedTypedDict(TypedDict):
    locked_until: str
