# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta


class ControlnetType(str, Enum, metaclass=OpenEnumMeta):
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""

    POSE = "POSE"
    CANNY = "CANNY"
    DEPTH = "DEPTH"
