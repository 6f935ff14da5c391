"""The transport: builds each request from an operation's description, sends it with
httpx, and turns the response into an ApiResponse (or raises).

The generated API classes call ``ApiClient.call``; nothing here knows any particular API.
One request path for every operation: parameters in every location and style, JSON, form,
multipart, binary and text bodies (serialised by ``_wire``), JSON, text and binary
responses, typed error bodies, and every security scheme (``_auth``) or a bearer token.
"""

from __future__ import annotations

import json
import logging
import time
import typing

import httpx

from . import _transport, _wire
from .configuration import Configuration, TimeoutValue
from .exceptions import (
    ApiException,
    ApiResponseValidationError,
    ApiTypeError,
    ApiValueError,
)
from .schemas import Mismatch, Schema, Unset, unset

__all__ = [
    "Api",
    "ApiClient",
    "ApiResponse",
    "ApiResponseWithoutDeserialization",
    "Operation",
    "Parameter",
    "RequestBody",
    "ResponseSpec",
    "Result",
    "Timeout",
]

logger = logging.getLogger(__name__)

Timeout = typing.Optional[TimeoutValue]
"""Seconds (int or float) or a (connect, read) tuple; None: the client's configured timeout."""

T = typing.TypeVar("T")
R = typing.TypeVar("R", bound="ApiResponse[typing.Any]")


class Parameter:
    """A path, query, header or cookie parameter: wire name, Python name, schema, and its
    OpenAPI style and explode (by default those OpenAPI gives its location)."""

    def __init__(
        self,
        wire: str,
        name: str,
        location: str,
        schema: Schema,
        required: bool = False,
        *,
        style: typing.Optional[str] = None,
        explode: typing.Optional[bool] = None,
    ) -> None:
        self.wire = wire
        self.name = name
        self.location = location
        self.schema = schema
        self.required = required
        if style is None:
            style = "form" if location in ("query", "cookie") else "simple"
        self.style = style
        self.explode = style == "form" if explode is None else explode


class RequestBody:
    """The request body of an operation. ``flattened``: the call passes the fields of an
    object schema one by one (a dict of Python names); else the whole value. ``media``:
    the kind ("json", "form", "multipart", "text", "binary") and schema of each media
    type, the default first (by default: each content type's kind, and ``schema``)."""

    def __init__(
        self,
        schema: Schema,
        content_types: typing.Tuple[str, ...],
        required: bool,
        flattened: bool,
        *,
        media: typing.Optional[typing.Mapping[str, typing.Tuple[str, Schema]]] = None,
    ) -> None:
        self.schema = schema
        self.content_types = content_types
        self.required = required
        self.flattened = flattened
        if media is None:
            media = {c: (_wire.media_kind(c), schema) for c in content_types}
        self.media = dict(media)

    def media_for(self, content_type: str) -> typing.Tuple[str, Schema]:
        """The kind and schema of a content type the call chose: one the operation declares
        (parameters such as ``; charset=utf-8`` aside)."""
        if content_type in self.media:
            return self.media[content_type]
        base = content_type.split(";")[0].strip().lower()
        for declared, kind_schema in self.media.items():
            if declared.split(";")[0].strip().lower() == base:
                return kind_schema
        declared_types = ", ".join(self.content_types)
        raise ApiValueError(
            f"{content_type!r} is not a content type of this operation ({declared_types})",
            ("content_type",),
        )


class ResponseSpec(typing.Generic[R]):
    """A documented response: status key ("200", "2XX", "default"), the class the call
    returns for it, the schema of its body (None: no body) and the kind of that body
    ("json", "text" or "binary")."""

    def __init__(
        self,
        status: str,
        response_cls: typing.Type[R],
        schema: typing.Optional[Schema],
        kind: str = "json",
    ) -> None:
        self.status = status
        self.response_cls = response_cls
        self.schema = schema
        self.kind = kind


class Operation(typing.Generic[R]):
    """Everything the client needs to call one operation."""

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        parameters: typing.Tuple[Parameter, ...],
        body: typing.Optional[RequestBody],
        responses: typing.Tuple[ResponseSpec[R], ...],
        secured: bool,
        errors: typing.Optional[typing.Mapping[str, Schema]] = None,
        security: typing.Tuple[typing.Tuple[str, ...], ...] = (),
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.parameters = parameters
        self.body = body
        self.responses = responses
        self.secured = secured
        self.errors = dict(errors or {})
        self.security = security

    def response_for(self, status: int) -> typing.Optional[ResponseSpec[R]]:
        return _by_status(status, {spec.status: spec for spec in self.responses})

    def error_schema(self, status: int) -> typing.Optional[Schema]:
        """The schema of a documented error body (None: kept as it came)."""
        return _by_status(status, self.errors)


def _by_status(status: int, by_key: typing.Mapping[str, T]) -> typing.Optional[T]:
    """The entry for a status: its own key ("404"), else its range ("4XX"), else "default"."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        for status_key, value in by_key.items():
            if status_key.upper() == key:
                return value
    return None


class ApiResponse(typing.Generic[T]):
    """What a successful call returns.

    response: the httpx.Response; body: the deserialized body (``unset`` when the spec
    defines none); headers: ``unset`` (the spec declares no response headers; read
    ``response.headers``); status: the HTTP status code; round_trip_time: seconds from
    sending the request to reading the response.

    With ``stream=True`` the body is not read when the call returns: ``response`` is an
    open httpx.Response that can be read in chunks (``response.iter_bytes()``), and
    ``body`` reads, closes and deserializes it on first access. Close a response you
    read neither way (``close()``, or use the ApiResponse as a context manager).
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        round_trip_time: float,
        body: typing.Any = unset,
        loader: typing.Optional[typing.Callable[[], typing.Any]] = None,
    ) -> None:
        self.response = response
        self.status = response.status_code
        self.round_trip_time = round_trip_time
        self.headers: typing.Union[Unset, typing.Mapping[str, str]] = unset
        self._body = body
        self._loader = loader

    @property
    def body(self) -> T:
        if self._loader is not None:
            loader, self._loader = self._loader, None
            self._body = loader()
        return typing.cast(T, self._body)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> typing.Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, body={self._body!r})"


class ApiResponseWithoutDeserialization(ApiResponse[Unset]):
    """Returned when a call passes skip_deserialization=True: body and headers are
    ``unset``; the raw httpx.Response is ``response``."""


Result = typing.Union[R, ApiResponseWithoutDeserialization]
"""What a call returns: a response class of the operation, or the raw response when it
was called with ``skip_deserialization=True``."""

OPTIONS = ("content_type", "accept_content_types", "stream", "timeout")
"""Keyword arguments every generated method may have besides its parameters and body
(and ``skip_deserialization``)."""


class ApiClient:
    """Sends the requests of every API class of one client, over one httpx.Client."""

    def __init__(
        self,
        configuration: Configuration,
        http_client: typing.Optional[httpx.Client] = None,
        async_http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        self.configuration = configuration
        self._owns_http = http_client is None
        self.http = (
            http_client
            if http_client is not None
            else httpx.Client(verify=configuration.verify)
        )
        self._async_http = async_http_client
        self._owns_async_http = async_http_client is None

    @property
    def async_http(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the `a...` methods (created on their first call)."""
        if self._async_http is None or (
            self._owns_async_http and self._async_http.is_closed
        ):
            self._async_http = httpx.AsyncClient(verify=self.configuration.verify)
        return self._async_http

    def close(self) -> None:
        """Close the httpx.Client if this client created it (use `aclose` for the async one)."""
        if self._owns_http:
            self.http.close()

    async def aclose(self) -> None:
        """Close both httpx clients this client created."""
        self.close()
        if self._owns_async_http and self._async_http is not None:
            await self._async_http.aclose()

    def __repr__(self) -> str:
        return f"ApiClient({self.configuration!r})"

    # -- the call ----------------------------------------------------------------------
    def call(
        self,
        operation: Operation[R],
        *,
        params: typing.Mapping[str, typing.Any],
        body: typing.Any = unset,
        content_type: typing.Optional[str] = None,
        accept_content_types: typing.Sequence[str] = (),
        stream: bool = False,
        timeout: Timeout = None,
        skip_deserialization: bool = False,
    ) -> typing.Union[R, ApiResponseWithoutDeserialization]:
        """Check the arguments, send the request, return or raise (see the module doc)."""
        if not isinstance(stream, bool):
            raise ApiTypeError(
                f"expected bool, got {type(stream).__name__}", ("stream",)
            )
        if not isinstance(skip_deserialization, bool):
            raise ApiTypeError(
                f"expected bool, got {type(skip_deserialization).__name__}",
                ("skip_deserialization",),
            )
        request = self.build_request(
            operation, params, body, content_type, accept_content_types, timeout
        )
        started = time.perf_counter()
        config = self.configuration
        response = _transport.send(
            self.http, request, config.retry_config, config.limits(), stream=stream
        )
        elapsed = time.perf_counter() - started
        logger.debug(
            "%s %s -> %d (%.3f s)",
            request.method,
            request.url.path,
            response.status_code,
            elapsed,
        )
        return self._result(operation, response, elapsed, stream, skip_deserialization)

    async def acall(
        self,
        operation: Operation[R],
        *,
        params: typing.Mapping[str, typing.Any],
        body: typing.Any = unset,
        content_type: typing.Optional[str] = None,
        accept_content_types: typing.Sequence[str] = (),
        timeout: Timeout = None,
        skip_deserialization: bool = False,
    ) -> typing.Union[R, ApiResponseWithoutDeserialization]:
        """The async twin of `call`; the response body is read before it returns."""
        if not isinstance(skip_deserialization, bool):
            raise ApiTypeError(
                f"expected bool, got {type(skip_deserialization).__name__}",
                ("skip_deserialization",),
            )
        request = self.build_request(
            operation, params, body, content_type, accept_content_types, timeout
        )
        started = time.perf_counter()
        config = self.configuration
        response = await _transport.send_async(
            self.async_http, request, config.retry_config, config.limits()
        )
        elapsed = time.perf_counter() - started
        logger.debug(
            "%s %s -> %d (%.3f s)",
            request.method,
            request.url.path,
            response.status_code,
            elapsed,
        )
        return self._result(operation, response, elapsed, False, skip_deserialization)

    # -- requests ----------------------------------------------------------------------
    def build_request(
        self,
        operation: Operation[typing.Any],
        params: typing.Mapping[str, typing.Any],
        body: typing.Any,
        content_type: typing.Optional[str],
        accept_content_types: typing.Sequence[str],
        timeout: Timeout,
    ) -> httpx.Request:
        config = self.configuration
        headers: typing.Dict[str, str] = {
            "User-Agent": config.user_agent,
            **config.headers,
        }
        segments: typing.Dict[str, str] = {}
        query: _wire.Pairs = []
        cookies: _wire.Pairs = []
        for param in operation.parameters:
            value = params.get(param.name, unset)
            if isinstance(value, Unset):
                if param.required:
                    raise ApiValueError(
                        f"the {param.location} parameter is required", (param.name,)
                    )
                continue
            wire = param.schema.to_wire(value, (param.name,))
            if wire is None:
                continue
            style, explode = param.style, param.explode
            if param.location == "path":
                segments[param.wire] = _wire.path_value(
                    wire, style, explode, param.wire
                )
            elif param.location == "query":
                query.extend(_wire.query_pairs(param.wire, wire, style, explode))
            elif param.location == "header":
                headers[param.wire] = _wire.header_value(wire, explode, style)
            else:
                cookies.extend(_wire.query_pairs(param.wire, wire, "form", explode))
        path = operation.path
        for name, segment in segments.items():
            path = path.replace("{" + name + "}", segment)
        accept = _accept(accept_content_types)
        if accept:
            headers["Accept"] = accept
        self._authenticate(operation, headers, query, cookies)
        if cookies:
            headers["Cookie"] = _wire.cookie_header(cookies)
        content: typing.Any = None
        if operation.body is not None:
            content = self._body(operation.body, body, content_type, headers)
        request = httpx.Request(
            operation.method,
            config.host + path,
            params=tuple(query),
            headers=headers,
            content=content,
        )
        chosen = timeout if timeout is not None else config.timeout
        request.extensions["timeout"] = _timeout(chosen).as_dict()
        return request

    def _authenticate(
        self,
        operation: Operation[typing.Any],
        headers: typing.Dict[str, str],
        query: _wire.Pairs,
        cookies: _wire.Pairs,
    ) -> None:
        """A bearer token for a secured operation, or (a configuration with security
        schemes) the credentials of the first of its requirements that has them all."""
        config = self.configuration
        credentials = config.credentials
        if credentials is None:
            if operation.secured:
                headers.update(config.auth_headers())
            return
        limits = config.limits()

        def fetch(
            request: httpx.Request,
        ) -> httpx.Response:  # within limits, no retries
            return _transport.send(self.http, request, None, limits)

        security = operation.security
        tokens = {
            scheme.name: cc.token(scheme, self.http, config.host, fetch)
            for scheme, cc in credentials.needs_token(security)
        }
        credentials.apply(security, headers, query, cookies, tokens)

    def _body(
        self,
        spec: RequestBody,
        body: typing.Any,
        content_type: typing.Optional[str],
        headers: typing.Dict[str, str],
    ) -> typing.Any:
        chosen = content_type if content_type is not None else spec.content_types[0]
        if not isinstance(chosen, str):
            raise ApiTypeError(
                f"expected str, got {type(chosen).__name__}", ("content_type",)
            )
        kind, schema = spec.media_for(chosen)
        if spec.flattened:
            given = typing.cast(typing.Mapping[str, typing.Any], body)
            fields = {k: v for k, v in given.items() if not isinstance(v, Unset)}
            if not fields and not spec.required:
                return None
            wire = schema.to_wire(fields, ())
        elif isinstance(body, Unset):
            if spec.required:
                raise ApiValueError("a request body is required", ("body",))
            return None
        elif kind in ("binary", "text"):
            wire = body
        else:
            wire = schema.to_wire(body, ("body",))
        try:
            content, headers["Content-Type"] = _wire.encode_body(kind, chosen, wire)
        except (TypeError, ValueError) as exc:
            raise ApiTypeError(str(exc), ("body",)) from None
        return content

    # -- responses ---------------------------------------------------------------------
    def _result(
        self,
        operation: Operation[R],
        response: httpx.Response,
        elapsed: float,
        stream: bool,
        skip_deserialization: bool,
    ) -> Result[R]:
        status = response.status_code
        if not 200 <= status <= 299:
            _read_and_close(response)
            body = _error_body(response)
            error_schema = operation.error_schema(status)
            if error_schema is not None and not isinstance(body, str):
                try:
                    body = error_schema.from_wire(body, ("body",))
                except Mismatch:
                    pass
            reason = response.reason_phrase
            raise ApiException(status, reason, body, response.headers, elapsed)
        if skip_deserialization:
            return ApiResponseWithoutDeserialization(response, round_trip_time=elapsed)
        spec = operation.response_for(status)
        if spec is None:
            _read_and_close(response)
            reason = response.reason_phrase
            reason += f" (the spec documents no {status} response for {operation.name})"
            body = _error_body(response)
            raise ApiException(status, reason, body, response.headers, elapsed)
        schema, kind = spec.schema, spec.kind
        if schema is None:
            if not stream:
                _read_and_close(response)
            return spec.response_cls(response, round_trip_time=elapsed)

        def load() -> typing.Any:
            if kind == "json":
                return _deserialize(response, schema, elapsed)
            _read_and_close(response)
            return response.text if kind == "text" else response.content

        if stream:
            return spec.response_cls(response, round_trip_time=elapsed, loader=load)
        return spec.response_cls(response, round_trip_time=elapsed, body=load())


# -- helpers -------------------------------------------------------------------------------
def _accept(types: typing.Sequence[str]) -> str:
    if isinstance(types, str) or not isinstance(types, (tuple, list)):
        raise ApiTypeError("expected a tuple of str", ("accept_content_types",))
    for t in types:
        if not isinstance(t, str):
            raise ApiTypeError(
                f"expected str, got {type(t).__name__}", ("accept_content_types",)
            )
    return ", ".join(types)


def _timeout(value: typing.Any) -> httpx.Timeout:
    def seconds(v: typing.Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0

    if seconds(value):
        return httpx.Timeout(float(value))
    if isinstance(value, tuple) and len(value) == 2 and all(seconds(v) for v in value):
        connect, read = value
        return httpx.Timeout(float(read), connect=float(connect))
    raise ApiTypeError(
        "expected seconds > 0 or a (connect, read) tuple of them", ("timeout",)
    )


def _read_and_close(response: httpx.Response) -> None:
    if hasattr(response, "_content"):  # in memory already (the async path's, say): done
        return
    try:
        response.read()
    finally:
        response.close()


def _is_json(response: httpx.Response) -> bool:
    media = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _error_body(response: httpx.Response) -> typing.Any:
    if not response.content:
        return None
    if _is_json(response):
        try:
            return json.loads(response.content)
        except ValueError:
            pass
    return response.text


def _deserialize(
    response: httpx.Response, schema: Schema, elapsed: float
) -> typing.Any:
    _read_and_close(response)
    status, headers = response.status_code, response.headers
    if not _is_json(response):
        got = response.headers.get("content-type") or "none"
        raise ApiResponseValidationError(
            f"expected a JSON body, got content type {got}",
            status,
            response.text,
            headers,
            elapsed,
        )
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        raise ApiResponseValidationError(
            f"the body is not valid JSON ({exc})",
            status,
            response.text,
            headers,
            elapsed,
        ) from None
    try:
        return schema.from_wire(data, ("body",))
    except Mismatch as exc:
        raise ApiResponseValidationError(
            exc.message, status, data, headers, elapsed, exc.path_to_item
        ) from None


class Api:
    """Base of the generated API classes (one per tag of the spec).

    Each method of a subclass hands its arguments (``locals()``) to ``_call`` / ``_acall``
    with the operation's description, which sorts them into parameters, request body and
    options: one request path for every operation.
    """

    def __init__(self, client: ApiClient) -> None:
        self.api_client = client

    def _call(
        self, operation: Operation[R], args: typing.Mapping[str, typing.Any]
    ) -> Result[R]:
        return self.api_client.call(operation, **_arguments(operation, args, True))

    async def _acall(
        self, operation: Operation[R], args: typing.Mapping[str, typing.Any]
    ) -> Result[R]:
        return await self.api_client.acall(
            operation, **_arguments(operation, args, False)
        )


def _arguments(
    operation: Operation[typing.Any], args: typing.Mapping[str, typing.Any], sync: bool
) -> typing.Dict[str, typing.Any]:
    """The keyword arguments of ``ApiClient.call`` from a method's ``locals()``: its
    parameters (by Python name), its body (whole, or the fields of a flattened one: every
    argument that is neither a parameter nor an option) and its options."""
    names = {p.name for p in operation.parameters}
    out: typing.Dict[str, typing.Any] = {
        "params": {k: v for k, v in args.items() if k in names},
        "skip_deserialization": args["skip_deserialization"],
    }
    spec = operation.body
    if spec is not None and spec.flattened:
        skip = names | {"self", "skip_deserialization", *OPTIONS}
        out["body"] = {k: v for k, v in args.items() if k not in skip}
    elif spec is not None:
        out["body"] = args["body"]
    for option in OPTIONS:
        if option in args and option not in names and (sync or option != "stream"):
            out[option] = args[option]
    return out
