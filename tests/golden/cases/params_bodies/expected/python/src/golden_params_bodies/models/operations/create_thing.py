# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class CreateThingRequestBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"weight"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    always_send_fields: ClassVar[frozenset[str]] = frozenset({"size"})
    """Fields the spec requires that have a default: sent even when left unset."""

    name: str
    """Its name."""
    size: int = 3
    """Required, with a default."""
    weight: Optional[float] = None


class CreateThingResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"id"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    id: Optional[str] = None


class CreateThingResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[CreateThingResponseBody] = None
    """The parsed response body"""
