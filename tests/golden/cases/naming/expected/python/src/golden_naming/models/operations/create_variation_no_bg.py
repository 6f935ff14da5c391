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


class CreateVariationNoBGRequestBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"user_id", "user_id_camel"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    user_id: Optional[str] = None
    user_id_camel: Annotated[Optional[str], pydantic.Field(alias="userId")] = None


class CreateVariationNoBGRequestBodyTypedDict(TypedDict):
    user_id: NotRequired[Optional[str]]
    user_id_camel: NotRequired[Optional[str]]


class CreateVariationNoBGResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""


class CreateVariationNoBGResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""
