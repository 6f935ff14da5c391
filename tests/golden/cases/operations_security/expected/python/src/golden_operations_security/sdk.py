# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from types import TracebackType
from typing import Dict, Optional, Tuple, Union

import httpx

from ._auth import ClientCredentials, Credentials, Scheme
from ._basesdk import BaseSDK
from ._extsdk import ExtSDKConfiguration
from .resources import Items, Default, Files
from .sdkconfiguration import SDKConfiguration
from .utils import RetryConfig

SERVER_URL = "https://eu.api.example.com/v1"
"""The server used when no server_url is given."""

SERVER_URL_TEMPLATE = "https://{region}.api.example.com/{version}"
"""SERVER_URL with its variables: give server_variables= to fill them in."""

SECURITY_SCHEMES = (
    Scheme("bearer", "http-bearer", "", "Bearer", "", ()),
    Scheme("basic", "http-basic", "", "", "", ()),
    Scheme("apiKeyHeader", "api-key", "header", "X-API-Key", "", ()),
    Scheme("apiKeyQuery", "api-key", "query", "api_key", "", ()),
    Scheme("apiKeyCookie", "api-key", "cookie", "key", "", ()),
    Scheme("oauth", "oauth2", "", "", "/oauth/token", ("items:write",)),
    Scheme("openid", "openid-connect", "", "", "", ()),
)
__all__ = ["ClientCredentials", "SECURITY_SCHEMES", "SERVER_URL", "GoldenSDK"]

USER_AGENT = "golden-operations-security/0.0.1 python"


class GoldenSDK(BaseSDK):
    """Operations and security"""

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
        server_url: Optional[str] = None,
        server_variables: Optional[Dict[str, str]] = None,
        client: Optional[httpx.Client] = None,
        async_client: Optional[httpx.AsyncClient] = None,
        retry_config: Optional[RetryConfig] = None,
        timeout_ms: Optional[int] = None,
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
            server_url: the API's base URL (default: SERVER_URL).
            server_variables: values of the variables of SERVER_URL_TEMPLATE (default: theirs).
            client: an httpx.Client to send requests with (default: one created and reused).
            async_client: an httpx.AsyncClient for the `_async` methods.
            retry_config: how to retry failed requests (default: no retries).
            timeout_ms: a timeout for every request, in milliseconds.
        """
        if server_url is None and server_variables:
            server_url = SERVER_URL_TEMPLATE
            for name, default in (
                ("region", "eu"),
                ("version", "v1"),
            ):
                server_url = server_url.replace(
                    "{" + name + "}", server_variables.get(name, default)
                )
        config = ExtSDKConfiguration(
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
            server_url=server_url or SERVER_URL,
            bearer_auth=None,
            client=client,
            async_client=async_client,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            user_agent=USER_AGENT,
        )
        super().__init__(config)
        self.items = Items(config)
        self.default = Default(config)
        self.files = Files(config)

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
