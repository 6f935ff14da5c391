# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class PromptRandomPromptGenerationOutput(BaseModel):
    non_nullable_fields = frozenset({"prompt", "api_credit_cost"})

    prompt: Optional[str] = None
    """The random prompt generated."""
    api_credit_cost: Annotated[Optional[int], pydantic.Field(alias="apiCreditCost")] = (
        None
    )
    """API Credits Cost for Random Prompt Generation. Available for Production API Users."""


class PromptRandomPromptGenerationOutputTypedDict(TypedDict):
    prompt: NotRequired[Optional[str]]
    """The random prompt generated."""
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Random Prompt Generation. Available for Production API Users."""


class PromptRandomResponseBody(BaseModel):
    non_nullable_fields = frozenset({"prompt_generation"})

    prompt_generation: Annotated[
        Optional[PromptRandomPromptGenerationOutput],
        pydantic.Field(alias="promptGeneration"),
    ] = None


class PromptRandomResponseBodyTypedDict(TypedDict):
    prompt_generation: NotRequired[
        Optional[PromptRandomPromptGenerationOutputTypedDict]
    ]


class PromptRandomResponse(OperationResponse):
    object: Optional[PromptRandomResponseBody] = None
    """The parsed response body"""


class PromptRandomResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[PromptRandomResponseBodyTypedDict]]
    """The parsed response body"""
