# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any, Literal, NotRequired, Optional, TypedDict, Union


from ...types import BaseModel, OptionalNullable, UNSET
from ...unions import OneOf


class Event(BaseModel):
    non_nullable_fields = frozenset({"count"})

    id: OptionalNullable[str] = UNSET
    kind: Literal["click"]
    count: Optional[Annotated[Union[int, str], OneOf()]] = None
    when: OptionalNullable[_dt.datetime] = UNSET
    nothing: OptionalNullable[Any] = UNSET


class EventTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    kind: Literal["click"]
    count: NotRequired[Optional[Union[int, str]]]
    when: NotRequired[Optional[_dt.datetime]]
    nothing: NotRequired[Any]
