# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import datetime as _dt
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
    Union,
)

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, OptionalNullable, UNSET, RawResponse
from ...unions import OneOf

if TYPE_CHECKING:
    import httpx


class AnnotateRequestBody(BaseModel):
    """keywords beside a $ref narrow it (3.1)"""

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"count"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

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


class AnnotateResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[shared.Level] = None
    """The parsed response body"""


class AnnotateResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[shared.Level]]
    """The parsed response body"""
