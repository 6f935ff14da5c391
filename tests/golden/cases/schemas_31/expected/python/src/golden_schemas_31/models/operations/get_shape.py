# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, NotRequired, Optional, TypedDict, Union

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class GetShapeRequest(BaseModel):
    id: str


class GetShapeRequestTypedDict(TypedDict):
    id: str


class GetShapeResponse(OperationResponse):
    object: Optional[
        Annotated[
            Union[shared.Circle, shared.Square, Dict[str, Any]],
            OneOf("kind", "kind", {"circle": 0, "square": 1}, open_member=True),
        ]
    ] = None
    """The parsed response body"""


class GetShapeResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Union[shared.CircleTypedDict, shared.SquareTypedDict]]]
    """The parsed response body"""
