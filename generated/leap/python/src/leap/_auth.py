"""Credentials and how they go on the wire, for every OpenAPI security scheme.

An SDK holds one credential per scheme of its spec (a token, an API key, a username and
password, or client credentials whose tokens it fetches and refreshes) and, per call, uses
the first of the operation's alternative requirements whose schemes all have one.
Credentials never appear in a repr, an error message or a log line.
"""

from __future__ import annotations

import base64
import threading
import time
import typing

import httpx

__all__ = ["BasicAuth", "ClientCredentials", "Credentials", "Scheme", "TokenError"]

BEARER = "http-bearer"
BASIC = "http-basic"
API_KEY = "api-key"
OAUTH2 = "oauth2"
OPENID = "openid-connect"


class Scheme(typing.NamedTuple):
    """One security scheme of the spec, as the generated code describes it."""

    name: str  # its key in components/securitySchemes
    kind: str  # BEARER | BASIC | API_KEY | OAUTH2 | OPENID
    location: str = ""  # API_KEY: header | query | cookie
    param_name: str = (
        ""  # API_KEY: the header/parameter/cookie name; BEARER: the scheme word
    )
    token_url: str = ""  # OAUTH2 client credentials: the token endpoint
    scopes: typing.Tuple[str, ...] = ()


class BasicAuth:
    """A username and password for HTTP basic authentication."""

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.__password = password

    def header(self) -> str:
        raw = f"{self.username}:{self.__password}".encode("utf-8")
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='***')"


class TokenError(Exception):
    """The token endpoint did not give a token (the message never holds a credential)."""


class ClientCredentials:
    """OAuth2 client credentials: the SDK fetches an access token from the token endpoint
    (POST grant_type=client_credentials, the client authenticated with HTTP basic, or in
    the form when ``auth_in_body``) and fetches a new one ``refresh_margin`` seconds before
    the current one expires."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: typing.Optional[str] = None,
        scopes: typing.Optional[typing.Sequence[str]] = None,
        refresh_margin: float = 30.0,
        auth_in_body: bool = False,
        clock: typing.Callable[[], float] = time.monotonic,
    ) -> None:
        self.client_id = client_id
        self.__secret = client_secret
        self.token_url = token_url
        self.scopes = tuple(scopes) if scopes is not None else None
        self.refresh_margin = refresh_margin
        self.auth_in_body = auth_in_body
        self._clock = clock
        self.__token: typing.Optional[str] = None
        self._expires_at: typing.Optional[float] = None
        self._lock = threading.Lock()
        self.fetches = 0  # how many tokens were fetched (for tests and metrics)

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***', token_url={self.token_url!r})"

    def _fresh(self) -> bool:
        if self.__token is None:
            return False
        return (
            self._expires_at is None
            or self._clock() < self._expires_at - self.refresh_margin
        )

    def _request(self, scheme: Scheme, base_url: str) -> httpx.Request:
        url = self.token_url or scheme.token_url
        if not url:
            raise TokenError(
                f"no token URL for the security scheme {scheme.name!r}: pass token_url="
            )
        target = (
            httpx.URL(base_url.rstrip("/") + "/").join(url)
            if base_url
            else httpx.URL(url)
        )
        form = {"grant_type": "client_credentials"}
        scopes = self.scopes if self.scopes is not None else scheme.scopes
        if scopes:
            form["scope"] = " ".join(scopes)
        headers = {"Accept": "application/json"}
        if self.auth_in_body:
            form["client_id"] = self.client_id
            form["client_secret"] = self.__secret
        else:
            headers["Authorization"] = BasicAuth(self.client_id, self.__secret).header()
        return httpx.Request("POST", target, data=form, headers=headers)

    def _accept(self, response: httpx.Response) -> str:
        if response.status_code != 200:
            raise TokenError(f"the token endpoint answered {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            raise TokenError("the token endpoint's answer is not JSON") from None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise TokenError("the token endpoint's answer has no access_token")
        expires = data.get("expires_in")
        self.__token = token
        self._expires_at = (
            self._clock() + float(expires)
            if isinstance(expires, (int, float))
            else None
        )
        self.fetches += 1
        return token

    def token(
        self,
        scheme: Scheme,
        client: httpx.Client,
        base_url: str,
        send: typing.Optional[typing.Callable[[httpx.Request], httpx.Response]] = None,
    ) -> str:
        """The current access token, fetched first when there is none or it is about to expire
        (with `send` if given: the SDK passes one that keeps the call's limits)."""
        with self._lock:
            if self._fresh():
                return typing.cast(str, self.__token)
            request = self._request(scheme, base_url)
            return self._accept(
                send(request) if send is not None else client.send(request)
            )

    async def token_async(
        self,
        scheme: Scheme,
        client: httpx.AsyncClient,
        base_url: str,
        send: typing.Optional[
            typing.Callable[[httpx.Request], typing.Awaitable[httpx.Response]]
        ] = None,
    ) -> str:
        if self._fresh():
            return typing.cast(str, self.__token)
        request = self._request(scheme, base_url)
        response = await (send(request) if send is not None else client.send(request))
        with self._lock:
            return self._accept(response)

    def invalidate(self) -> None:
        """Forget the current token (the next call fetches a new one)."""
        with self._lock:
            self.__token = None


Credential = typing.Union[str, BasicAuth, ClientCredentials, typing.Tuple[str, str]]
Stored = typing.Union[str, BasicAuth, ClientCredentials]


class Credentials:
    """The credential given for each scheme (by scheme name); repr shows only which are set."""

    def __init__(
        self,
        schemes: typing.Sequence[Scheme],
        values: typing.Mapping[str, typing.Optional[Credential]],
    ):
        self.schemes = {s.name: s for s in schemes}
        self.__values: typing.Dict[str, Stored] = {}
        for name, value in values.items():
            if value is None:
                continue
            self.__values[name] = (
                BasicAuth(value[0], value[1]) if isinstance(value, tuple) else value
            )

    def __repr__(self) -> str:
        return f"Credentials(set={sorted(self.__values)!r})"

    def get(self, name: str) -> typing.Optional[Stored]:
        return self.__values.get(name)

    def choose(
        self, requirements: typing.Sequence[typing.Sequence[str]]
    ) -> typing.Sequence[str]:
        """The first alternative whose schemes all have a credential (none: the empty one)."""
        for alternative in requirements:
            if all(
                name in self.__values and name in self.schemes for name in alternative
            ):
                return alternative
        return ()

    def needs_token(
        self, requirements: typing.Sequence[typing.Sequence[str]]
    ) -> typing.List[typing.Tuple[Scheme, ClientCredentials]]:
        """The client-credentials schemes the chosen alternative uses."""
        out = []
        for name in self.choose(requirements):
            value = self.__values[name]
            if isinstance(value, ClientCredentials):
                out.append((self.schemes[name], value))
        return out

    def apply(
        self,
        requirements: typing.Sequence[typing.Sequence[str]],
        headers: typing.Dict[str, str],
        query: typing.List[typing.Tuple[str, str]],
        cookies: typing.List[typing.Tuple[str, str]],
        tokens: typing.Mapping[str, str],
    ) -> None:
        """Add the chosen alternative's credentials; `tokens` holds fetched OAuth2 tokens."""
        for name in self.choose(requirements):
            scheme, value = self.schemes[name], self.__values[name]
            if isinstance(value, ClientCredentials):
                headers["Authorization"] = "Bearer " + tokens[name]
            elif isinstance(value, BasicAuth):
                headers["Authorization"] = value.header()
            elif scheme.kind == API_KEY:
                if scheme.location == "header":
                    headers[scheme.param_name] = value
                elif scheme.location == "query":
                    query.append((scheme.param_name, value))
                else:
                    cookies.append((scheme.param_name, value))
            elif scheme.kind == BASIC:
                raise TypeError(
                    f"the security scheme {name!r} needs a (username, password) pair"
                )
            else:
                word = (
                    scheme.param_name
                    if scheme.kind == BEARER and scheme.param_name
                    else "Bearer"
                )
                headers["Authorization"] = f"{word} {value}"
