# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Union

from ._auth import ClientCredentials, Credentials, Scheme
from ._extsdk import ExtSDKConfiguration
from .sdkconfiguration import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_READ_TIMEOUT_MS,
    SDKConfiguration,
)

if TYPE_CHECKING:  # the groups' modules (and httpx, pydantic) load on first use
    import logging

    import httpx

    from .resources.items import Items
    from .resources.default import Default
    from .resources.files import Files
    from .utils import RetryConfig

SERVERS = ["https://{region}.api.example.com/{version}"]
"""The API's servers; `server_idx` picks one."""

SERVER_VARIABLES: list[dict[str, dict[str, Any]]] = [
    {"region": {"default": "eu", "enum": ["eu", "us"]}, "version": {"default": "v1"}}
]
"""Per server of SERVERS: its `{variables}`, their defaults and allowed values."""

SERVER_URL = "https://eu.api.example.com/v1"
"""The server used when neither server_url nor server_idx is given."""

SECURITY_SCHEMES = (
    Scheme("bearer", "http-bearer", "", "Bearer", "", ()),
    Scheme("basic", "http-basic", "", "", "", ()),
    Scheme("apiKeyHeader", "api-key", "header", "X-API-Key", "", ()),
    Scheme("apiKeyQuery", "api-key", "query", "api_key", "", ()),
    Scheme("apiKeyCookie", "api-key", "cookie", "key", "", ()),
    Scheme("oauth", "oauth2", "", "", "/oauth/token", ("items:write",)),
    Scheme("openid", "openid-connect", "", "", "", ()),
)
"""The security schemes of the API: each has a constructor argument."""

__all__ = [
    "ClientCredentials",
    "SECURITY_SCHEMES",
    "SERVERS",
    "SERVER_URL",
    "GoldenSDK",
]

USER_AGENT = "golden-operations-security/0.0.1 python"

_GROUPS: dict[str, tuple[str, str]] = {
    "items": (".resources.items", "Items"),
    "default": (".resources.default", "Default"),
    "files": (".resources.files", "Files"),
}


class GoldenSDK:
    """Operations and security"""

    sdk_configuration: SDKConfiguration
    items: Items
    default: Default
    files: Files

    def __init__(
        self,
        bearer: Optional[str] = None,
        basic: Optional[Tuple[str, str]] = None,
        api_key_header: Optional[str] = None,
        api_key_query: Optional[str] = None,
        api_key_cookie: Optional[str] = None,
        oauth: Optional[Union[str, ClientCredentials]] = None,
        openid: Optional[str] = None,
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
            bearer: the token, sent as `Authorization: Bearer <token>`.
            basic: (username, password) for HTTP basic authentication.
            api_key_header: the API key, sent in the header 'X-API-Key'.
            api_key_query: the API key, sent in the query 'api_key'.
            api_key_cookie: the API key, sent in the cookie 'key'.
            oauth: an OAuth2 access token, or ClientCredentials to have the SDK fetch and refresh tokens.
            openid: the token, sent as `Authorization: Bearer <token>`.
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
            server_url = SERVERS[server_idx or 0]
        variables = SERVER_VARIABLES[server_idx or 0]
        for name, value in (url_params or {}).items():
            allowed = variables.get(name, {}).get("enum")
            if allowed and value not in allowed:
                raise ValueError(
                    f"url_params[{name!r}] must be one of {allowed}, got {value!r}"
                )
            server_url = server_url.replace("{" + name + "}", value)
        for name, variable in variables.items():
            server_url = server_url.replace("{" + name + "}", variable["default"])
        self.sdk_configuration = ExtSDKConfiguration(
            credentials=Credentials(
                SECURITY_SCHEMES,
                {
                    "bearer": bearer,
                    "basic": basic,
                    "apiKeyHeader": api_key_header,
                    "apiKeyQuery": api_key_query,
                    "apiKeyCookie": api_key_cookie,
                    "oauth": oauth,
                    "openid": openid,
                },
            ),
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
