"""Request building, sending (with retries) and response handling for operations."""

from __future__ import annotations

import base64
import datetime
import functools
import re
from collections.abc import Callable, Coroutine, Mapping
from contextvars import ContextVar
from enum import Enum
from typing import (
    Any,
    Concatenate,
    Generic,
    Optional,
    ParamSpec,
    TypeVar,
    cast,
    get_args,
    get_origin,
)
from urllib.parse import quote

import httpx
import pydantic
import pydantic_core

from ._transport import Limits, send, send_async
from .models.errors import ResponseValidationError, SDKError
from .sdkconfiguration import DEFAULT_TIMEOUT_MS, SDKConfiguration
from .types import FROM_SERVER, UNSET, BaseModel
from .utils.retries import RetryConfig

__all__ = ["BaseSDK", "Op", "async_twin"]

R = TypeVar("R", bound=pydantic.BaseModel)
S = TypeVar("S", bound="BaseSDK")
P = ParamSpec("P")

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_MAX_ERRORS_IN_MESSAGE = 3
_DEADLINE_MS = "sdk.deadline_ms"


class Op(Generic[R]):
    """What one operation sends and expects, shared by its sync and async methods.

    ``path`` and ``query`` map wire names to the method's argument names, ``body`` names
    the argument that is the request body. ``types`` returns the response class, the
    body types by status (see ``BaseSDK._handle_response``) and the request body's model:
    called at each call, so that loading a group loads none of its models.
    """

    __slots__ = (
        "method",
        "path",
        "types",
        "accept",
        "path_params",
        "query",
        "body",
        "required",
    )

    def __init__(
        self,
        method: str,
        path: str,
        types: Callable[[], tuple[type[R], Mapping[str, Optional[Any]], Any]],
        accept: str = "application/json",
        *,
        path_params: Optional[Mapping[str, str]] = None,
        query: Optional[Mapping[str, str]] = None,
        body: str = "",
        required: bool = False,
    ) -> None:
        self.method = method
        self.path = path
        self.types = types
        self.accept = accept
        self.path_params = path_params
        self.query = query
        self.body = body
        self.required = required


# set while async_twin runs an operation's sync method: its call (BaseSDK._call) is then
# handed back unsent, as the coroutine that sends it
_DEFERRED: ContextVar[bool] = ContextVar("_DEFERRED", default=False)


def async_twin(
    method: Callable[Concatenate[S, P], R],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, R]]:
    """The ``_async`` method of an operation, made from its sync method: the same parameters,
    checks and docstring; the request is sent with the async client and awaited.

    The sync method's body ends in ``return self._call(op, locals())``; run with _DEFERRED
    set, that call returns the coroutine of ``_call_async(op, locals())`` instead of sending.
    The twin holds the function it was made from, so a subclass that overrides the sync
    method leaves the async one as it was.
    """

    @functools.wraps(method)
    async def twin(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        token = _DEFERRED.set(True)
        try:
            pending = cast(Coroutine[Any, Any, R], method(self, *args, **kwargs))
        finally:
            _DEFERRED.reset(token)
        return await pending

    twin.__name__ = f"{method.__name__}_async"
    twin.__qualname__ = f"{method.__qualname__}_async"
    return twin


class BaseSDK:
    """Base class of the SDK and its operation groups."""

    sdk_configuration: SDKConfiguration

    def __init__(self, sdk_config: SDKConfiguration) -> None:
        self.sdk_configuration = sdk_config

    # ------------------------------------------------------------------- calls

    def _call(self, op: Op[R], args: Mapping[str, Any]) -> R:
        """Call ``op`` with the arguments of its method (``locals()``)."""
        if _DEFERRED.get():  # the sync method runs for its async twin (async_twin)
            return cast(R, self._call_async(op, args))
        response_cls, body_models, body_model = op.types()
        http_req = self._op_request(op, args, body_model)
        return self._handle_response(
            self._send(http_req, args["retries"]),
            response_cls=response_cls,
            body_models=body_models,
        )

    async def _call_async(self, op: Op[R], args: Mapping[str, Any]) -> R:
        """Async twin of :meth:`_call`."""
        response_cls, body_models, body_model = op.types()
        http_req = self._op_request(op, args, body_model)
        return self._handle_response(
            await self._send_async(http_req, args["retries"]),
            response_cls=response_cls,
            body_models=body_models,
        )

    def _op_request(
        self, op: Op[Any], args: Mapping[str, Any], body_model: Any
    ) -> httpx.Request:
        path_params = op.path_params
        query = op.query
        return self._build_request(
            method=op.method,
            path=op.path,
            accept=op.accept,
            server_url=args["server_url"],
            timeout_ms=args["timeout_ms"],
            path_params=(
                {wire: args[name] for wire, name in path_params.items()}
                if path_params
                else None
            ),
            query_params=(
                {wire: args[name] for wire, name in query.items()} if query else None
            ),
            body=args[op.body] if op.body else None,
            body_model=body_model,
            body_required=op.required,
        )

    # ------------------------------------------------------------------ request

    def _build_request(
        self,
        *,
        method: str,
        path: str,
        accept: str,
        server_url: Optional[str],
        timeout_ms: Optional[int],
        path_params: Optional[Mapping[str, Any]] = None,
        query_params: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        body_model: Optional[type[BaseModel]] = None,
        body_required: bool = False,
    ) -> httpx.Request:
        """Build the HTTP request of one operation call.

        ``path`` is the spec's path template; ``path_params`` and
        ``query_params`` (none when left out) are keyed by wire name. A mapping ``body`` is
        validated with ``body_model`` first (raising ``pydantic.ValidationError``
        if invalid); only the fields that were set are sent.
        """
        config = self.sdk_configuration
        base = (server_url if server_url is not None else config.server_url).rstrip("/")
        url = base + _expand_path(path, path_params or {})

        headers = {"Accept": accept, "User-Agent": config.user_agent}
        token = config.token()
        if token:
            headers["Authorization"] = f"Bearer {token}"

        json_body: Any = None
        has_body = body is not None
        if has_body:
            json_body = _json_body(body, body_model)
            headers["Content-Type"] = "application/json"
        elif body_required:
            raise TypeError(
                f"{method.upper()} {path}: a request body is required, got None"
            )

        params = _query_items(query_params or {})
        return httpx.Request(
            method.upper(),
            url,
            params=params if params else None,
            headers=headers,
            json=json_body if has_body else None,
            extensions=self._call_extensions(timeout_ms),
        )

    def _call_extensions(self, timeout_ms: Optional[int]) -> dict[str, Any]:
        """The call's total deadline, travelling with the request to _send (see _transport)."""
        if timeout_ms is None:
            timeout_ms = self.sdk_configuration.timeout_ms
        return {_DEADLINE_MS: timeout_ms}

    # --------------------------------------------------------------------- send

    def _send(
        self,
        request: httpx.Request,
        retries: Optional[RetryConfig],
        stream: bool = False,
    ) -> httpx.Response:
        """Send ``request`` within the call's limits, retrying per ``retries`` (else
        the SDK's retry config); the response's body is read (unless ``stream``).

        Transport errors (``httpx.TimeoutException``, ``httpx.ConnectError``,
        ...) that are not retried propagate unchanged; a call past its deadline
        raises ``DeadlineExceeded`` (an ``httpx.TimeoutException``), a body past
        the size cap ``ResponseTooLarge`` (an ``httpx.HTTPError``).
        """
        client = self.sdk_configuration.get_client()
        _add_client_headers(request, client.headers)
        config = retries if retries is not None else self.sdk_configuration.retry_config
        limits = self._limits(request)
        logger = self.sdk_configuration.debug_logger
        if logger is None:
            return send(client, request, config, limits, stream=stream)
        logger.debug("Request: %s %s", request.method, _shown_url(request))
        response = send(client, request, config, limits, stream=stream)
        logger.debug(
            "Response: %s %s",
            response.status_code,
            response.headers.get("content-type", ""),
        )
        return response

    def _limits(self, request: Optional[httpx.Request] = None) -> Limits:
        """The limits of a call (of ``request``, else the SDK's defaults)."""
        config = self.sdk_configuration
        deadline_ms = (
            request.extensions.pop(_DEADLINE_MS, None)
            if request is not None
            else config.timeout_ms
        )
        return Limits(
            deadline=(deadline_ms if deadline_ms is not None else DEFAULT_TIMEOUT_MS)
            / 1000,
            read_timeout=config.read_timeout_ms / 1000,
            max_response_bytes=config.max_response_bytes,
        )

    async def _send_async(
        self,
        request: httpx.Request,
        retries: Optional[RetryConfig],
        stream: bool = False,
    ) -> httpx.Response:
        """Async twin of :meth:`_send`."""
        client = self.sdk_configuration.get_async_client()
        _add_client_headers(request, client.headers)
        config = retries if retries is not None else self.sdk_configuration.retry_config
        limits = self._limits(request)
        logger = self.sdk_configuration.debug_logger
        if logger is None:
            return await send_async(client, request, config, limits, stream=stream)
        logger.debug("Request: %s %s", request.method, _shown_url(request))
        response = await send_async(client, request, config, limits, stream=stream)
        logger.debug(
            "Response: %s %s",
            response.status_code,
            response.headers.get("content-type", ""),
        )
        return response

    # ----------------------------------------------------------------- response

    def _handle_response(
        self,
        http_res: httpx.Response,
        *,
        response_cls: type[R],
        body_models: Mapping[str, Optional[Any]],
    ) -> R:
        """Turn ``http_res`` into ``response_cls`` or raise an SDKError.

        ``body_models`` maps status keys ("200", "2XX", "default") to the type
        of that status's JSON body, or None when it has no body.
        """
        status = http_res.status_code
        content_type = http_res.headers.get("content-type", "")

        if status >= 400:
            raise SDKError("API error occurred", status, http_res.text, http_res)

        found, model = _match_status(status, body_models)
        if not found:
            raise SDKError(
                "Unexpected response received", status, http_res.text, http_res
            )

        parsed: Any = None
        if model is not None:
            parsed = _parse_body(http_res, model, content_type)
        # every part is checked already (the body by `_parse_body`): no second validation
        return response_cls.model_construct(
            status_code=status,
            content_type=content_type,
            raw_response=http_res,
            object=parsed,
        )


# ------------------------------------------------------------------- helpers


def _wire_value(value: Any) -> str:
    """Render a scalar as it appears in a path segment or query string."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):  # format: byte
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (Mapping, pydantic.BaseModel)):
        raise TypeError(
            f"cannot send a {type(value).__name__} as a path or query parameter"
        )
    return str(value)


def _expand_path(path: str, path_params: Mapping[str, Any]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = path_params.get(name)
        if value is None or value is UNSET:
            raise TypeError(f"path parameter {name!r} of {path} is required, got None")
        return quote(_wire_value(value), safe="")

    return _PATH_PARAM.sub(substitute, path)


def _query_items(query_params: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    items: list[tuple[str, str]] = []
    for name, value in query_params.items():
        if value is None or value is UNSET:  # an unset or null parameter is left out
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        items.extend((name, _wire_value(v)) for v in values if v is not None)
    return tuple(items)


def _dump(model: pydantic.BaseModel) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _json_body(body: Any, body_model: Optional[type[BaseModel]]) -> Any:
    """Convert ``body`` to JSON-ready data with wire names and only set fields."""
    if isinstance(body, pydantic.BaseModel):
        return _dump(body)
    if isinstance(body, Mapping) and body_model is not None:
        return _dump(body_model.model_validate(body))
    if isinstance(body, (list, tuple)):
        return [_json_body(item, body_model) for item in body]
    return pydantic_core.to_jsonable_python(body, by_alias=True)


def _shown_url(request: httpx.Request) -> str:
    """The URL for a log line: query values hidden (an API key may travel there)."""
    url = request.url
    if not url.query:
        return str(url)
    names = [name for name, _ in url.params.multi_items()]
    return (
        str(url.copy_with(query=None)) + "?" + "&".join(f"{name}=***" for name in names)
    )


def _add_client_headers(request: httpx.Request, client_headers: httpx.Headers) -> None:
    """Add the client's default headers the request does not set itself."""
    for name, value in client_headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value


def _match_status(
    status: int, body_models: Mapping[str, Optional[Any]]
) -> tuple[bool, Any]:
    """Find the body type declared for ``status``: exact, then "2XX", then "default"."""
    exact = str(status)
    if exact in body_models:
        return True, body_models[exact]
    for key, model in body_models.items():
        if key.upper() == f"{exact[0]}XX":
            return True, model
    if 200 <= status < 300 and "default" in body_models:
        return True, body_models["default"]
    return False, None


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return (
        media_type == "" or media_type.endswith("/json") or media_type.endswith("+json")
    )


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is not None:
        args = ", ".join(_type_name(arg) for arg in get_args(tp))
        return f"{_type_name(origin)}[{args}]"
    return str(getattr(tp, "__name__", tp))


@functools.lru_cache(maxsize=256)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _summarize(exc: pydantic.ValidationError) -> str:
    errors = exc.errors(include_url=False)
    parts = []
    for error in errors[:_MAX_ERRORS_IN_MESSAGE]:
        loc = ".".join(str(part) for part in error["loc"])
        parts.append(f"{loc}: {error['msg']}" if loc else error["msg"])
    more = len(errors) - _MAX_ERRORS_IN_MESSAGE
    if more > 0:
        parts.append(f"and {more} more error{'s' if more > 1 else ''}")
    return "; ".join(parts)


def _parse_body(http_res: httpx.Response, model: Any, content_type: str) -> Any:
    """Validate the response body against ``model``; raise on any mismatch."""
    status = http_res.status_code
    name = _type_name(model)
    content = http_res.content
    if model is bytes:
        return content
    if model is str and not _is_json(content_type):
        return http_res.text
    if not content.strip():
        raise ResponseValidationError(
            f"Response validation failed for {name}: empty response body",
            status,
            "",
            http_res,
        )
    if not _is_json(content_type):
        raise SDKError(
            "Unexpected response received",
            status,
            http_res.text,
            http_res,
        )
    try:
        adapter = _adapter(model)
    except TypeError:  # unhashable type expression: build an uncached adapter
        adapter = pydantic.TypeAdapter(model)
    try:
        return adapter.validate_json(content, context=FROM_SERVER)
    except pydantic.ValidationError as exc:
        raise ResponseValidationError(
            f"Response validation failed for {name}: {_summarize(exc)}",
            status,
            http_res.text,
            http_res,
            exc,
        ) from exc
