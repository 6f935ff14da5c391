# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Kind(str, Enum, metaclass=OpenEnumMeta):
    IMAGE = "image"
    VIDEO = "video"
