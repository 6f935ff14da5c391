# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal, TypedDict


from ...types import BaseModel


class Square(BaseModel):
    kind: Literal["square"]
    side: float


class SquareTypedDict(TypedDict):
    kind: Literal["square"]
    side: float
