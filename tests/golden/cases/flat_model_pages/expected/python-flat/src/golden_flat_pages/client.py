# Generated from spec.yaml. Do not edit.
"""The client: one attribute per tag of the spec."""

from __future__ import annotations

import typing

import httpx

from .api_client import ApiClient
from .apis.tags.things_api import ThingsApi
from .configuration import Configuration

DEFAULT_HOST = "https://api.example.com"
USER_AGENT = "golden-flat-model-pages/0.0.1 python"


class Pages:
    """Pages

    Give `host` to talk to another server and `access_token` (when the API has security) to
    authenticate, or a whole `configuration` (see configuration.py). `http_client` replaces the
    httpx.Client the SDK would create; the SDK does not close a client it did not create.
    """

    things: ThingsApi

    def __init__(
        self,
        configuration: typing.Optional[Configuration] = None,
        *,
        host: typing.Optional[str] = None,
        access_token: typing.Optional[str] = None,
        http_client: typing.Optional[httpx.Client] = None,
        async_http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        if configuration is None:
            configuration = Configuration(
                host if host is not None else DEFAULT_HOST,
                access_token,
                user_agent=USER_AGENT,
            )
        elif host is not None or access_token is not None:
            raise TypeError(
                "give either a configuration or host/access_token, not both"
            )
        self.configuration = configuration
        self.api_client = ApiClient(configuration, http_client, async_http_client)
        self.things = ThingsApi(self.api_client)

    def close(self) -> None:
        """Close the HTTP connections (of an httpx.Client the SDK created)."""
        self.api_client.close()

    async def aclose(self) -> None:
        """Close the HTTP connections of both httpx clients the SDK created."""
        await self.api_client.aclose()

    def __enter__(self) -> typing.Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Pages(host={self.configuration.host!r})"
