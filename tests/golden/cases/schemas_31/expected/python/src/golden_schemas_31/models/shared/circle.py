# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    Literal,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Circle(BaseModel):
    kind: Literal["circle"]
    radius: float


class CircleTypedDict(TypedDict):
    kind: Literal["circle"]
    radius: float
