# Generated from spec.yaml. Do not edit.
"""The client: one attribute per tag of the spec."""

from __future__ import annotations

import typing

import httpx

from ._auth import ClientCredentials, Scheme
from .api_client import ApiClient
from .apis.tags.default_api import DefaultApi
from .apis.tags.files_api import FilesApi
from .apis.tags.items_api import ItemsApi
from .configuration import Configuration, host_from_settings

DEFAULT_HOST = "https://eu.api.example.com/v1"
SERVERS: typing.List[typing.Dict[str, typing.Any]] = [
    {
        "url": "https://{region}.api.example.com/{version}",
        "description": "",
        "variables": {
            "region": {
                "description": "",
                "default_value": "eu",
                "enum_values": ["eu", "us"],
            },
            "version": {"description": "", "default_value": "v1"},
        },
    },
]
"""The API's servers (OpenAPI Generator's host settings): `server_index` picks one and
`server_variables` fill its `{variables}` (each defaults to the spec's value)."""
USER_AGENT = "golden-operations-security-flat/0.0.1 python"
SECURITY_SCHEMES = (
    Scheme("bearer", "http-bearer", "", "Bearer", "", ()),
    Scheme("basic", "http-basic", "", "", "", ()),
    Scheme("apiKeyHeader", "api-key", "header", "X-API-Key", "", ()),
    Scheme("apiKeyQuery", "api-key", "query", "api_key", "", ()),
    Scheme("apiKeyCookie", "api-key", "cookie", "key", "", ()),
    Scheme("oauth", "oauth2", "", "", "/oauth/token", ("items:write",)),
    Scheme("openid", "openid-connect", "", "", "", ()),
)
__all__ = ["ClientCredentials", "DEFAULT_HOST", "SECURITY_SCHEMES", "GoldenFlat"]


class GoldenFlat:
    """Operations and security

    Give `host` to talk to another server and `access_token` (when the API has security) to
    authenticate, or a whole `configuration` (see configuration.py). `http_client` replaces the
    httpx.Client the SDK would create; the SDK does not close a client it did not create.
    """

    items: ItemsApi
    default: DefaultApi
    files: FilesApi

    def __init__(
        self,
        configuration: typing.Optional[Configuration] = None,
        *,
        host: typing.Optional[str] = None,
        server_index: typing.Optional[int] = None,
        server_variables: typing.Optional[typing.Mapping[str, str]] = None,
        bearer: typing.Optional[str] = None,
        basic: typing.Optional[typing.Tuple[str, str]] = None,
        api_key_header: typing.Optional[str] = None,
        api_key_query: typing.Optional[str] = None,
        api_key_cookie: typing.Optional[str] = None,
        oauth: typing.Optional[typing.Union[str, ClientCredentials]] = None,
        openid: typing.Optional[str] = None,
        http_client: typing.Optional[httpx.Client] = None,
        async_http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        if server_index is not None or server_variables is not None:
            if host is not None:
                raise TypeError(
                    "give either host or server_index/server_variables, not both"
                )
            host = host_from_settings(SERVERS, server_index, server_variables)
        # bearer: the token, sent as `Authorization: Bearer <token>`
        # basic: (username, password) for HTTP basic authentication
        # api_key_header: the API key, sent in the header 'X-API-Key'
        # api_key_query: the API key, sent in the query 'api_key'
        # api_key_cookie: the API key, sent in the cookie 'key'
        # oauth: an OAuth2 access token, or ClientCredentials to have the SDK fetch and refresh tokens
        # openid: the token, sent as `Authorization: Bearer <token>`
        if configuration is None:
            configuration = Configuration(
                host if host is not None else DEFAULT_HOST,
                schemes=SECURITY_SCHEMES,
                credentials={
                    "bearer": bearer,
                    "basic": basic,
                    "apiKeyHeader": api_key_header,
                    "apiKeyQuery": api_key_query,
                    "apiKeyCookie": api_key_cookie,
                    "oauth": oauth,
                    "openid": openid,
                },
                user_agent=USER_AGENT,
            )
        elif (
            host is not None
            or bearer is not None
            or basic is not None
            or api_key_header is not None
            or api_key_query is not None
            or api_key_cookie is not None
            or oauth is not None
            or openid is not None
        ):
            raise TypeError(
                "give either a configuration or host and credentials, not both"
            )
        self.configuration = configuration
        self.api_client = ApiClient(configuration, http_client, async_http_client)
        self.items = ItemsApi(self.api_client)
        self.default = DefaultApi(self.api_client)
        self.files = FilesApi(self.api_client)

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
        return f"GoldenFlat(host={self.configuration.host!r})"
