# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import TypedDict


from ...types import BaseModel


class Square(BaseModel):
    side: float


class SquareTypedDict(TypedDict):
    side: float
