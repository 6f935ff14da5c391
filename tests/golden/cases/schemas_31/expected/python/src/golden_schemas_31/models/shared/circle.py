# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Literal, TypedDict


from ...types import BaseModel


class Circle(BaseModel):
    kind: Literal["circle"]
    radius: float


class CircleTypedDict(TypedDict):
    kind: Literal["circle"]
    radius: float
