# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import TypedDict


from ...types import BaseModel


class Circle(BaseModel):
    radius: float


class CircleTypedDict(TypedDict):
    radius: float
