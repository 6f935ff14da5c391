# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class PromptGenerationOutput(BaseModel):
    non_nullable_fields = frozenset({"prompt", "api_credit_cost"})

    prompt: Optional[str] = None
    """The improved prompt."""
    api_credit_cost: Annotated[Optional[int], pydantic.Field(alias="apiCreditCost")] = (
        None
    )
    """API Credits Cost for Random Prompt Generation. Available for Production API Users."""


class PromptGenerationOutputTypedDict(TypedDict):
    prompt: NotRequired[Optional[str]]
    """The improved prompt."""
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Random Prompt Generation. Available for Production API Users."""


class PromptImproveRequestBody(BaseModel):
    prompt: str
    """The prompt to improve."""


class PromptImproveRequestBodyTypedDict(TypedDict):
    prompt: str
    """The prompt to improve."""


class PromptImproveResponseBody(BaseModel):
    non_nullable_fields = frozenset({"prompt_generation"})

    prompt_generation: Annotated[
        Optional[PromptGenerationOutput], pydantic.Field(alias="promptGeneration")
    ] = None


class PromptImproveResponseBodyTypedDict(TypedDict):
    prompt_generation: NotRequired[Optional[PromptGenerationOutputTypedDict]]


class PromptImproveResponse(OperationResponse):
    object: Optional[PromptImproveResponseBody] = None
    """The parsed response body"""


class PromptImproveResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[PromptImproveResponseBodyTypedDict]]
    """The parsed response body"""
