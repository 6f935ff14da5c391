# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="POST",
            path="/prompt/improve",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PromptImproveRequestBody,
            body_required=True,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PromptImproveResponse,
            body_models={"200": operations.PromptImproveResponseBody},
        )

    async def prompt_improve_async(
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
        http_req = self._build_request(
            method="POST",
            path="/prompt/improve",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            body=request,
            body_model=operations.PromptImproveRequestBody,
            body_required=True,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PromptImproveResponse,
            body_models={"200": operations.PromptImproveResponseBody},
        )

    def prompt_random(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PromptRandomResponse:
        """Generate a Random prompt

        This endpoint returns a random prompt"""
        http_req = self._build_request(
            method="POST",
            path="/prompt/random",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.PromptRandomResponse,
            body_models={"200": operations.PromptRandomResponseBody},
        )

    async def prompt_random_async(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PromptRandomResponse:
        """Generate a Random prompt

        This endpoint returns a random prompt"""
        http_req = self._build_request(
            method="POST",
            path="/prompt/random",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.PromptRandomResponse,
            body_models={"200": operations.PromptRandomResponseBody},
        )
