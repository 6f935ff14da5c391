# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

from .sdkconfiguration import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_READ_TIMEOUT_MS,
    SDKConfiguration,
)

if TYPE_CHECKING:  # the groups' modules (and httpx, pydantic) load on first use
    import logging

    import httpx

    from .resources.pets import Pets
    from .resources.shapes import Shapes
    from .resources.graphs import Graphs
    from .resources.accounts import Accounts
    from .utils import RetryConfig

SERVERS = [""]
"""The API's servers; `server_idx` picks one."""

SERVER_URL = SERVERS[0]
"""The server used when neither server_url nor server_idx is given."""

USER_AGENT = "golden-schemas-composition/0.0.1 python"

_GROUPS: dict[str, tuple[str, str]] = {
    "pets": (".resources.pets", "Pets"),
    "shapes": (".resources.shapes", "Shapes"),
    "graphs": (".resources.graphs", "Graphs"),
    "accounts": (".resources.accounts", "Accounts"),
}


class GoldenSDK:
    """Schema composition

    allOf, oneOf/anyOf, recursion, maps, readOnly/writeOnly, formats, enums (OpenAPI 3.0).
    """

    sdk_configuration: SDKConfiguration
    pets: Pets
    shapes: Shapes
    graphs: Graphs
    accounts: Accounts

    def __init__(
        self,
        bearer_auth: Optional[Union[str, Callable[[], str]]] = None,
        server_idx: Optional[int] = None,
        server_url: Optional[str] = None,
        url_params: Optional[Dict[str, str]] = None,
        client: Optional[httpx.Client] = None,
        async_client: Optional[httpx.AsyncClient] = None,
        retry_config: Optional[RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        debug_logger: Optional[logging.Logger] = None,
        read_timeout_ms: int = DEFAULT_READ_TIMEOUT_MS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """Create a client.

        Args:
            bearer_auth: not used: the API has no security scheme.
            server_idx: the index in SERVERS of the server to use (default: 0).
            server_url: the API's base URL (default: SERVERS[server_idx]).
            url_params: values for `{name}` variables in the server URL.
            client: an httpx.Client to send requests with (default: one created and reused).
            async_client: an httpx.AsyncClient for the `_async` methods.
            retry_config: how to retry failed requests (default: no retries).
            timeout_ms: the total deadline of one call in milliseconds, retries
                and their waits included (default: 60 000).
            debug_logger: a logger that gets a debug line for every request and response.
            read_timeout_ms: how long connecting and each read or write may wait
                (default: 30 000).
            max_response_bytes: the largest response body accepted, counted after
                decompression (default: 64 MiB); a larger one raises
                utils.ResponseTooLarge.
        """
        if server_url is None and server_idx is not None:
            if not 0 <= server_idx < len(SERVERS):
                raise IndexError(
                    f"server_idx {server_idx} is not in range(0, {len(SERVERS)})"
                )
            server_url = SERVERS[server_idx]
        if server_url is None:
            server_url = SERVER_URL
        for name, value in (url_params or {}).items():
            server_url = server_url.replace("{" + name + "}", value)
        self.sdk_configuration = SDKConfiguration(
            server_url=server_url,
            bearer_auth=None,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            read_timeout_ms=read_timeout_ms,
            max_response_bytes=max_response_bytes,
            user_agent=USER_AGENT,
            debug_logger=debug_logger,
        )

    def __getattr__(self, name: str) -> Any:
        """Create an operation group on first use (its module is imported then)."""
        where = _GROUPS.get(name)
        if where is None:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )
        cls = getattr(importlib.import_module(where[0], __package__), where[1])
        group = cls(self.sdk_configuration)
        setattr(self, name, group)
        return group

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(_GROUPS))

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
