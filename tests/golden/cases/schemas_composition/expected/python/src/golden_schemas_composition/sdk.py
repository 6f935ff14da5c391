# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from types import TracebackType
from typing import Optional

import httpx

from ._basesdk import BaseSDK
from .resources import Pets, Shapes, Graphs, Accounts
from ._transport import DEFAULT_MAX_RESPONSE_BYTES
from .sdkconfiguration import DEFAULT_READ_TIMEOUT_MS, SDKConfiguration
from .utils import RetryConfig

SERVER_URL = ""
"""The server used when no server_url is given."""

USER_AGENT = "golden-schemas-composition/0.0.1 python"


class GoldenSDK(BaseSDK):
    """Schema composition

    allOf, oneOf/anyOf, recursion, maps, readOnly/writeOnly, formats, enums (OpenAPI 3.0).
    """

    pets: Pets
    shapes: Shapes
    graphs: Graphs
    accounts: Accounts

    def __init__(
        self,
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
            bearer_auth=None,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            read_timeout_ms=read_timeout_ms,
            max_response_bytes=max_response_bytes,
            user_agent=USER_AGENT,
        )
        super().__init__(config)
        self.pets = Pets(config)
        self.shapes = Shapes(config)
        self.graphs = Graphs(config)
        self.accounts = Accounts(config)

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

    async def __aenter__(self) -> GoldenSDK:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    def __enter__(self) -> GoldenSDK:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()
