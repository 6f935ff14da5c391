# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Prompt(BaseSDK):
    def prompt_improve(
        self,
        *,
        request: Union[
            operations.PromptImproveRequestBody,
            operations.PromptImproveRequestBodyTypedDict,
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PromptImproveResponse:
        """Improve a Prompt

        This endpoint returns a improved prompt"""
        return self._call(_op_prompt_improve, locals())

    prompt_improve_async = async_twin(prompt_improve)

    def prompt_random(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PromptRandomResponse:
        """Generate a Random prompt

        This endpoint returns a random prompt"""
        return self._call(_op_prompt_random, locals())

    prompt_random_async = async_twin(prompt_random)


# what each operation sends and expects, for its two methods
_op_prompt_improve = Op(
    "POST",
    "/prompt/improve",
    lambda: (
        operations.PromptImproveResponse,
        {"200": operations.PromptImproveResponseBody},
        operations.PromptImproveRequestBody,
    ),
    body="request",
    required=True,
)
_op_prompt_random = Op(
    "POST",
    "/prompt/random",
    lambda: (
        operations.PromptRandomResponse,
        {"200": operations.PromptRandomResponseBody},
        None,
    ),
)
