# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Square(BaseModel):
    side: float


class SquareTypedDict(TypedDict):
    side: float
