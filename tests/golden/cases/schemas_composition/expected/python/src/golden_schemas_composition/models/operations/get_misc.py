# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict
from ...unions import OneOf


class Coordinates(BaseModel):
    non_nullable_fields = frozenset({"x", "y"})

    x: Optional[float] = None
    y: Optional[float] = None


class CoordinatesTypedDict(TypedDict):
    x: NotRequired[Optional[float]]
    y: NotRequired[Optional[float]]


class GetMiscResponseBody(BaseModel):
    non_nullable_fields = frozenset({"matrix", "free", "priority", "mixed", "choice"})

    matrix: Optional[List[List[float]]] = None
    free: Optional[Dict[str, Any]] = None
    priority: Optional[shared.Priority] = None
    mixed: Optional[shared.Mixed] = None
    status: OptionalNullable[shared.NullableStatus] = UNSET
    odd: Any = None
    labeled: OptionalNullable[shared.Priority] = UNSET
    """a description beside a $ref"""
    choice: Optional[
        Annotated[Union[Coordinates, str, Dict[str, Any]], OneOf(open_member=True)]
    ] = None
    """an inline union of an inline object and a string"""


class GetMiscResponseBodyTypedDict(TypedDict):
    matrix: NotRequired[Optional[List[List[float]]]]
    free: NotRequired[Optional[Dict[str, Any]]]
    priority: NotRequired[Optional[shared.Priority]]
    mixed: NotRequired[Optional[shared.Mixed]]
    status: NotRequired[Optional[shared.NullableStatus]]
    odd: NotRequired[Any]
    labeled: NotRequired[Optional[shared.Priority]]
    """a description beside a $ref"""
    choice: NotRequired[Optional[Union[CoordinatesTypedDict, str]]]
    """an inline union of an inline object and a string"""


class GetMiscResponse(OperationResponse):
    object: Optional[GetMiscResponseBody] = None
    """The parsed response body"""


class GetMiscResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetMiscResponseBodyTypedDict]]
    """The parsed response body"""
