# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class Filter(BaseModel):
    non_nullable_fields = frozenset({"name", "size"})

    name: Optional[str] = None
    size: Optional[int] = None


class FilterTypedDict(TypedDict):
    name: NotRequired[Optional[str]]
    size: NotRequired[Optional[int]]


class Point(BaseModel):
    non_nullable_fields = frozenset({"x", "y"})

    x: Optional[int] = None
    y: Optional[int] = None


class PointTypedDict(TypedDict):
    x: NotRequired[Optional[int]]
    y: NotRequired[Optional[int]]


class SearchRequest(BaseModel):
    tags: Optional[List[str]] = None
    ids: Optional[List[int]] = None
    colors: Optional[List[str]] = None
    filter: Optional[Filter] = None
    point: Optional[Point] = None


class SearchRequestTypedDict(TypedDict):
    tags: NotRequired[Optional[List[str]]]
    ids: NotRequired[Optional[List[int]]]
    colors: NotRequired[Optional[List[str]]]
    filter: NotRequired[Optional[FilterTypedDict]]
    point: NotRequired[Optional[PointTypedDict]]


class SearchResponse(OperationResponse):
    object: Optional[List[shared.Item]] = None
    """The parsed response body"""


class SearchResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[List[shared.ItemTypedDict]]]
    """The parsed response body"""
