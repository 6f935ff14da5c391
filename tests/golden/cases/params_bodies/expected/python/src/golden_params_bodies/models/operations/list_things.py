# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class Things(BaseModel):
    non_nullable_fields = frozenset({"name"})

    name: Optional[str] = None


class ThingsTypedDict(TypedDict):
    name: NotRequired[Optional[str]]


class ListThingsResponseBody(BaseModel):
    non_nullable_fields = frozenset({"things"})

    things: Optional[List[Things]] = None


class ListThingsResponseBodyTypedDict(TypedDict):
    things: NotRequired[Optional[List[ThingsTypedDict]]]


class ListThingsRequest(BaseModel):
    user_id: Annotated[str, pydantic.Field(alias="userId")]
    limit: Optional[int] = None
    only_active: Annotated[bool, pydantic.Field(alias="onlyActive")]


class ListThingsRequestTypedDict(TypedDict):
    user_id: str
    limit: NotRequired[Optional[int]]
    only_active: bool


class ListThingsResponse(OperationResponse):
    object: Optional[ListThingsResponseBody] = None
    """The parsed response body"""


class ListThingsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[ListThingsResponseBodyTypedDict]]
    """The parsed response body"""
