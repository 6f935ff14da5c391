# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Union

import pydantic


from ...types import BaseModel, OpenEnumMeta
from ...unions import OneOf


class Event(BaseModel):
    id: Optional[str] = None
    kind: Literal["click"]
    count: Optional[Annotated[Union[int, str], OneOf()]] = None
    when: Optional[str] = None
    nothing: Any = None
