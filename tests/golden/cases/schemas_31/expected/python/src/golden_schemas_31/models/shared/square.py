# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Literal, TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Square(BaseModel):
    kind: Literal["square"]
    side: float


class SquareTypedDict(TypedDict):
    kind: Literal["square"]
    side: float
