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
)

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse

if TYPE_CHECKING:
    import httpx


class HeadItemsByItemIDRequest(BaseModel):
    item_id: Annotated[int, pydantic.Field(alias="itemId")]
    x_request_id: Annotated[Optional[str], pydantic.Field(alias="X-Request-Id")] = None


class HeadItemsByItemIDRequestTypedDict(TypedDict):
    item_id: int
    x_request_id: NotRequired[Optional[str]]


class HeadItemsByItemIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""


class HeadItemsByItemIDResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""
