# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Union

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse
from ...unions import OneOf


class AnnotateRequestBody(BaseModel):
    """keywords beside a $ref narrow it (3.1)"""

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"count"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None
    kind: Literal["click"]
    count: Optional[Annotated[Union[int, str], OneOf()]] = None
    when: Optional[str] = None
    nothing: Any = None
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
