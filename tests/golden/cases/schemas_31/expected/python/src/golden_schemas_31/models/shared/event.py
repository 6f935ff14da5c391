# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Union

import pydantic


from ...types import BaseModel, OpenEnumMeta
from ...unions import OneOf


class Event(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"count"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    kind: Literal["click"]
    count: Optional[Annotated[Union[int, str], OneOf()]] = None
    when: Optional[str] = None
    nothing: Any = None
