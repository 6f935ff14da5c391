# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
    Union,
)

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse
from ...unions import OneOf

if TYPE_CHECKING:
    import httpx


class ListShapesResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[
        List[
            Annotated[
                Union[shared.Circle, shared.Square, Dict[str, Any]],
                OneOf(open_member=True),
            ]
        ]
    ] = None
    """The parsed response body"""


class ListShapesResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[
        Optional[List[Union[shared.CircleTypedDict, shared.SquareTypedDict]]]
    ]
    """The parsed response body"""
