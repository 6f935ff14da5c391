# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class PromptImprovePromptGeneration(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"prompt", "api_credit_cost"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    prompt: Optional[str] = None
    """The improved prompt."""
    api_credit_cost: Annotated[Optional[int], pydantic.Field(alias="apiCreditCost")] = (
        None
    )
    """API Credits Cost for Random Prompt Generation. Available for Production API Users."""


class PromptImproveRequestBody(BaseModel):
    prompt: str
    """The prompt to improve."""


class PromptImproveResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"prompt_generation"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    prompt_generation: Annotated[
        Optional[PromptImprovePromptGeneration],
        pydantic.Field(alias="promptGeneration"),
    ] = None


class PromptImproveResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[PromptImproveResponseBody] = None
    """The parsed response body"""
