# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any, Literal, NotRequired, Optional, TypedDict, Union

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict
from ...unions import OneOf


class AnnotateRequestBody(BaseModel):
    """keywords beside a $ref narrow it (3.1)"""

    non_nullable_fields = frozenset({"count"})

    id: OptionalNullable[str] = UNSET
    kind: Literal["click"]
    count: Optional[Annotated[Union[int, str], OneOf()]] = None
    when: OptionalNullable[_dt.datetime] = UNSET
    nothing: OptionalNullable[Any] = UNSET
    note: str


class AnnotateRequestBodyTypedDict(TypedDict):
    """keywords beside a $ref narrow it (3.1)"""

    id: NotRequired[Optional[str]]
    kind: Literal["click"]
    count: NotRequired[Optional[Union[int, str]]]
    when: NotRequired[Optional[_dt.datetime]]
    nothing: NotRequired[Any]
    note: str


class AnnotateResponse(OperationResponse):
    object: Optional[shared.Level] = None
    """The parsed response body"""


class AnnotateResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.Level]]
    """The parsed response body"""
