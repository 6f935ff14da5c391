# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, TypedDict

import pydantic


from ...types import BaseModel


class Conflict(BaseModel):
    conflict_with: Annotated[str, pydantic.Field(alias="conflictWith")]


class ConflictTypedDict(TypedDict):
    conflict_with: str
