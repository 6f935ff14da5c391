"""Everything a client can be configured with.

    Configuration(
        host="https://api.example.com",   # the server every path is relative to
        access_token="...",               # sent as "Authorization: Bearer ..." to the
                                          # operations the spec secures
        timeout=60.0,                     # seconds, or (connect, read): each connect and
                                          # read; per call: timeout=
        deadline=120.0,                   # seconds one call may take in all, retries and
                                          # their waits included (None: no deadline)
        max_response_bytes=64 * 2**20,    # the largest body accepted, once decompressed
        retry_config=RetryConfig("backoff", BackoffStrategy(500, 60_000, 1.5, 300_000),
                                 retry_connection_errors=True),
                                          # retries (default: none), as in every SDK of ours
        verify=True,                      # TLS verification, as httpx takes it
        user_agent="...",                 # the User-Agent header
        headers={"X-Trace": "1"},         # extra headers sent with every request
    )

Instead of ``host``, ``servers`` (the client module's ``SERVERS``: OpenAPI Generator's host
settings), ``server_index`` (default 0) and ``server_variables`` pick a server and fill its
``{variables}`` (defaults from the spec, each checked against its enum).

An SDK whose spec has other security schemes than one bearer token gives, instead of
``access_token``, the spec's ``schemes`` and a ``credentials`` dict (a credential per scheme
name: a token, an API key, ``_auth.BasicAuth`` or ``_auth.ClientCredentials``); each call
then uses the first of the operation's requirements whose schemes all have a credential.

Credentials are kept out of repr() and str(): only whether one is set shows.
"""

from __future__ import annotations

import typing

from ._transport import DEFAULT_MAX_RESPONSE_BYTES, BackoffStrategy, Limits, RetryConfig

if typing.TYPE_CHECKING:
    from ._auth import Credential, Credentials, Scheme

__all__ = [
    "BackoffStrategy",
    "Configuration",
    "RetryConfig",
    "TimeoutValue",
    "DEFAULT_DEADLINE",
    "host_from_settings",
]

DEFAULT_DEADLINE = 120.0
"""Seconds one call may take in all (attempts and the waits between them)."""

TimeoutValue = typing.Union[int, float, typing.Tuple[float, float]]


class Configuration:
    """The settings of one client."""

    def __init__(
        self,
        host: typing.Optional[str] = None,
        access_token: typing.Optional[str] = None,
        *,
        servers: typing.Sequence[typing.Mapping[str, typing.Any]] = (),
        server_index: typing.Optional[int] = None,
        server_variables: typing.Optional[typing.Mapping[str, str]] = None,
        schemes: typing.Sequence[Scheme] = (),
        credentials: typing.Optional[
            typing.Mapping[str, typing.Optional[Credential]]
        ] = None,
        timeout: TimeoutValue = 60.0,
        verify: typing.Union[bool, str] = True,
        user_agent: str = "python-flat-sdk",
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        deadline: typing.Optional[float] = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        retry_config: typing.Optional[RetryConfig] = None,
    ) -> None:
        self.servers = list(servers)
        if host is None:
            if not servers:
                raise TypeError("give a host, or the servers to pick one from")
            host = host_from_settings(servers, server_index, server_variables)
        elif server_index is not None or server_variables is not None:
            raise TypeError("give either a host or server_index/server_variables")
        self.host = host.rstrip("/")
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.retry_config = retry_config
        self.verify = verify
        self.user_agent = user_agent
        self.headers: typing.Dict[str, str] = dict(headers or {})
        self.__access_token = access_token
        self.credentials: typing.Optional[Credentials] = None
        if schemes:  # loaded only by SDKs whose spec has such schemes
            from ._auth import Credentials

            self.credentials = Credentials(schemes, credentials or {})

    def get_host_settings(self) -> typing.List[typing.Mapping[str, typing.Any]]:
        """The servers to pick from (OpenAPI Generator's host settings)."""
        return list(self.servers)

    def get_host_from_settings(
        self,
        index: typing.Optional[int],
        variables: typing.Optional[typing.Mapping[str, str]] = None,
        servers: typing.Optional[
            typing.Sequence[typing.Mapping[str, typing.Any]]
        ] = None,
    ) -> str:
        """The URL of a server of ``servers`` (default: this configuration's)."""
        return host_from_settings(
            self.servers if servers is None else servers, index, variables
        )

    @property
    def access_token(self) -> typing.Optional[str]:
        return self.__access_token

    @access_token.setter
    def access_token(self, value: typing.Optional[str]) -> None:
        self.__access_token = value

    def auth_headers(self) -> typing.Dict[str, str]:
        """The headers that authenticate a secured operation (none without a token)."""
        if not self.__access_token:
            return {}
        return {"Authorization": f"Bearer {self.__access_token}"}

    def limits(self) -> Limits:
        """The deadline and size cap of a call (its timeouts come with each request)."""
        read = self.timeout[1] if isinstance(self.timeout, tuple) else self.timeout
        return Limits(
            deadline=self.deadline,
            read_timeout=float(read),
            max_response_bytes=self.max_response_bytes,
        )

    def __repr__(self) -> str:
        if self.credentials is not None:
            auth = f"credentials={self.credentials!r}"
        else:
            auth = "access_token=" + ("'***'" if self.__access_token else "None")
        return f"Configuration(host={self.host!r}, {auth}, timeout={self.timeout!r})"


def host_from_settings(
    servers: typing.Sequence[typing.Mapping[str, typing.Any]],
    index: typing.Optional[int] = None,
    variables: typing.Optional[typing.Mapping[str, str]] = None,
) -> str:
    """The URL of ``servers[index]`` (default: the first) with its ``{variables}`` filled:
    the values given, else the spec's defaults. A value outside a variable's enum, or a
    variable the server does not have, raises ValueError (as OpenAPI Generator's
    Configuration.get_host_from_settings does)."""
    index = 0 if index is None else index
    if not 0 <= index < len(servers):
        raise ValueError(
            f"Invalid index {index} when selecting the host settings. Must be less than {len(servers)}"
        )
    server = servers[index]
    declared: typing.Mapping[str, typing.Mapping[str, typing.Any]] = server.get(
        "variables", {}
    )
    given = dict(variables or {})
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise ValueError(
            f"The server {server['url']} has no variable {unknown[0]!r} (known: {', '.join(declared)})"
        )
    url: str = server["url"]
    for name, variable in declared.items():
        value = given.get(name, variable["default_value"])
        allowed = variable.get("enum_values")
        if allowed and value not in allowed:
            raise ValueError(
                f"The variable `{name}` in the host URL has invalid value {value!r}. Must be one of {list(allowed)}."
            )
        url = url.replace("{" + name + "}", value)
    return url
