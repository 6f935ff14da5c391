# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from types import TracebackType
from typing import Optional

import httpx

from ._basesdk import BaseSDK
from .resources import (
    Dataset,
    Elements,
    Image,
    InitImages,
    Motion,
    Models,
    PricingCalculator,
    Prompt,
    RealtimeCanvas,
    Texture,
    User,
    Variation,
    ThreeDModelAssets,
)
from ._transport import DEFAULT_MAX_RESPONSE_BYTES
from .sdkconfiguration import DEFAULT_READ_TIMEOUT_MS, SDKConfiguration
from .utils import RetryConfig

SERVER_URL = "https://cloud.leonardo.ai/api/rest/v1"
"""The server used when no server_url is given."""

USER_AGENT = "leonardo-ai-sdk/1.0.0 python"


class LeonardoAiSDK(BaseSDK):
    """Rest Endpoints

    Leonardo.Ai API OpenAPI specification."""

    dataset: Dataset
    elements: Elements
    image: Image
    init_images: InitImages
    motion: Motion
    models: Models
    pricing_calculator: PricingCalculator
    prompt: Prompt
    realtime_canvas: RealtimeCanvas
    texture: Texture
    user: User
    variation: Variation
    three_d_model_assets: ThreeDModelAssets

    def __init__(
        self,
        bearer_auth: Optional[str] = None,
        server_url: Optional[str] = None,
        client: Optional[httpx.Client] = None,
        async_client: Optional[httpx.AsyncClient] = None,
        retry_config: Optional[RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        read_timeout_ms: int = DEFAULT_READ_TIMEOUT_MS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """Create a client.

        Args:
            bearer_auth: the API token, sent as `Authorization: Bearer <token>`.
            server_url: the API's base URL (default: SERVER_URL).
            client: an httpx.Client to send requests with (default: one created and reused).
            async_client: an httpx.AsyncClient for the `_async` methods.
            retry_config: how to retry failed requests (default: no retries).
            timeout_ms: the total deadline of one call in milliseconds, retries
                and their waits included (default: 60 000).
            read_timeout_ms: how long connecting and each read or write may wait
                (default: 30 000).
            max_response_bytes: the largest response body accepted, counted after
                decompression (default: 64 MiB); a larger one raises
                utils.ResponseTooLarge.
        """
        config = SDKConfiguration(
            server_url=server_url or SERVER_URL,
            bearer_auth=bearer_auth,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            read_timeout_ms=read_timeout_ms,
            max_response_bytes=max_response_bytes,
            user_agent=USER_AGENT,
        )
        super().__init__(config)
        self.dataset = Dataset(config)
        self.elements = Elements(config)
        self.image = Image(config)
        self.init_images = InitImages(config)
        self.motion = Motion(config)
        self.models = Models(config)
        self.pricing_calculator = PricingCalculator(config)
        self.prompt = Prompt(config)
        self.realtime_canvas = RealtimeCanvas(config)
        self.texture = Texture(config)
        self.user = User(config)
        self.variation = Variation(config)
        self.three_d_model_assets = ThreeDModelAssets(config)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(server_url={self.sdk_configuration.server_url!r})"
        )

    def close(self) -> None:
        """Close the HTTP clients this SDK created (not the ones passed in)."""
        self.sdk_configuration.close()

    async def aclose(self) -> None:
        """Close the HTTP clients this SDK created, the async one included."""
        await self.sdk_configuration.aclose()

    async def __aenter__(self) -> LeonardoAiSDK:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    def __enter__(self) -> LeonardoAiSDK:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()
