# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Square(BaseModel):
    side: float
