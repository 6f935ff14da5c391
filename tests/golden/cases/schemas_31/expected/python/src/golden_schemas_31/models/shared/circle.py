# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Literal, TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Circle(BaseModel):
    kind: Literal["circle"]
    radius: float


class CircleTypedDict(TypedDict):
    kind: Literal["circle"]
    radius: float
