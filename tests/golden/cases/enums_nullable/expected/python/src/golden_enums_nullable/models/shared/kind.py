# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Kind(str, Enum, metaclass=OpenEnumMeta):
    IMAGE = "image"
    VIDEO = "video"
