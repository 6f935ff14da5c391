# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, List, NotRequired, Optional, TypedDict, Union

import pydantic

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class GetItemRequest(BaseModel):
    item_id: Annotated[int, pydantic.Field(alias="itemId")]
    fields: Optional[List[str]] = None
    x_request_id: Annotated[Optional[str], pydantic.Field(alias="X-Request-Id")] = None
    session: Optional[str] = None


class GetItemRequestTypedDict(TypedDict):
    item_id: int
    fields: NotRequired[Optional[List[str]]]
    x_request_id: NotRequired[Optional[str]]
    session: NotRequired[Optional[str]]


class GetItemResponse(OperationResponse):
    object: Optional[shared.Item | shared.Problem] = None
    """The parsed response body"""


class GetItemResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Any]
    """The parsed response body"""
