# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum

import pydantic


from ...types import BaseModel, OpenEnumMeta


class NullableStatus(str, Enum, metaclass=OpenEnumMeta):
    ACTIVE = "active"
    PAUSED = "paused"
