# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class ListThingsThings(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"name"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    name: Optional[str] = None


class ListThingsResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"things"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    things: Optional[List[ListThingsThings]] = None


class ListThingsResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[ListThingsResponseBody] = None
    """The parsed response body"""
