"""Operations beyond JSON in and out: parameters in every location and style, form,
multipart, binary and text bodies (several media types per body), binary, text and typed
error responses, every security scheme. Used by SDKs whose spec needs any of that."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Optional, TypeVar

import httpx
import pydantic
import pydantic_core

from . import _wire
from ._auth import Credentials
from ._basesdk import BaseSDK, _json_body, _match_status, _parse_body
from ._transport import send as _send_within, send_async as _send_within_async
from .models.errors import ResponseValidationError, SDKError
from .sdkconfiguration import SDKConfiguration
from .types import ON_THE_WIRE, UNSET
from .utils.retries import RetryConfig

__all__ = ["APIError", "ExtSDK", "ExtSDKConfiguration", "Param"]

R = TypeVar("R", bound=pydantic.BaseModel)

Param = tuple[str, str, Any, str, bool]
"""(location, wire name, value, style, explode) of one parameter."""


@dataclasses.dataclass(kw_only=True)
class ExtSDKConfiguration(SDKConfiguration):
    """SDKConfiguration with a credential per security scheme (never shown in repr)."""

    credentials: Optional[Credentials] = dataclasses.field(
        default=None, repr=False, compare=False
    )


class APIError(SDKError):
    """An error status the spec documents: ``data`` is the body parsed as documented
    (the raw text when it does not parse)."""

    def __init__(
        self,
        message: str,
        status_code: int,
        body: str,
        raw_response: httpx.Response,
        data: Any,
    ) -> None:
        super().__init__(message, status_code, body, raw_response)
        self.data = data


def _plain(value: Any, files: bool = False) -> Any:
    """Models, enums, dates... as plain JSON-like data (files left as they are if `files`)."""
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(
            mode="python", by_alias=True, exclude_unset=True, context=ON_THE_WIRE
        )
    if isinstance(value, Enum):
        return _plain(value.value, files)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, files) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v, files) for v in value]
    if files and (isinstance(value, (bytes, bytearray)) or hasattr(value, "read")):
        return value
    if isinstance(value, (bytes, bytearray)):  # format: byte in a parameter
        return base64.b64encode(value).decode("ascii")
    return pydantic_core.to_jsonable_python(value, by_alias=True)


class ExtSDK(BaseSDK):
    """Base class of the operation groups of an SDK that needs the extended wire formats."""

    sdk_configuration: ExtSDKConfiguration

    def _ext_request(
        self,
        *,
        method: str,
        path: str,
        params: Sequence[Param],
        body: Any,
        media: Mapping[str, tuple[str, Any]],
        content_type: Optional[str],
        body_required: bool,
        accept: str,
        security: Sequence[Sequence[str]],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        tokens: Optional[Mapping[str, str]] = None,
    ) -> httpx.Request:
        """The request of one call. ``media`` maps each content type of the body to its kind
        and model; ``content_type`` picks one (default: the first)."""
        config = self.sdk_configuration
        base = (server_url if server_url is not None else config.server_url).rstrip("/")
        headers: dict[str, str] = {"User-Agent": config.user_agent}
        if accept:
            headers["Accept"] = accept
        query: _wire.Pairs = []
        cookies: _wire.Pairs = []
        segments: dict[str, str] = {}
        for location, name, value, style, explode in params:
            if value is None or value is UNSET:
                if location == "path":
                    raise TypeError(
                        f"path parameter {name!r} of {path} is required, got None"
                    )
                continue
            plain = _plain(value)
            if location == "path":
                segments[name] = _wire.path_value(plain, style, explode, name)
            elif location == "query":
                query.extend(_wire.query_pairs(name, plain, style, explode))
            elif location == "header":
                headers[name] = _wire.header_value(plain, explode, style)
            else:
                cookies.extend(_wire.query_pairs(name, plain, "form", explode))
        url = base + _expand(path, segments)
        if config.credentials is not None:
            config.credentials.apply(security, headers, query, cookies, tokens or {})
        elif config.bearer_auth:
            headers["Authorization"] = f"Bearer {config.bearer_auth}"
        if cookies:
            headers["Cookie"] = _wire.cookie_header(cookies)
        content: Any = None
        if body is not None:
            chosen = content_type if content_type is not None else next(iter(media))
            if chosen not in media:
                raise ValueError(
                    f"{chosen!r} is not a content type of this operation ({', '.join(media)})"
                )
            kind, model = media[chosen]
            if kind == "json":
                value = _json_body(body, model)
            elif kind in ("form", "multipart"):
                if (
                    isinstance(body, Mapping)
                    and model is not None
                    and isinstance(model, type)
                    and issubclass(model, pydantic.BaseModel)
                ):
                    body = model.model_validate(body)
                value = _plain(body, files=True)
            else:
                value = body
            content, headers["Content-Type"] = _wire.encode_body(kind, chosen, value)
        elif body_required:
            raise TypeError(
                f"{method.upper()} {path}: a request body is required, got None"
            )
        return httpx.Request(
            method.upper(),
            url,
            params=tuple(query) or None,
            headers=headers,
            content=content,
            extensions=self._call_extensions(timeout_ms),
        )

    # -- tokens (OAuth2 client credentials) ---------------------------------------------
    def _tokens(self, security: Sequence[Sequence[str]]) -> dict[str, str]:
        config = self.sdk_configuration
        if config.credentials is None:
            return {}
        client, limits = config.get_client(), self._limits()

        def fetch(
            request: httpx.Request,
        ) -> httpx.Response:  # within the SDK's limits, not retried
            return _send_within(client, request, None, limits)

        return {
            scheme.name: cc.token(scheme, client, config.server_url, fetch)
            for scheme, cc in config.credentials.needs_token(security)
        }

    async def _tokens_async(self, security: Sequence[Sequence[str]]) -> dict[str, str]:
        config = self.sdk_configuration
        if config.credentials is None:
            return {}
        client, limits = config.get_async_client(), self._limits()

        async def fetch(request: httpx.Request) -> httpx.Response:
            return await _send_within_async(client, request, None, limits)

        out = {}
        for scheme, cc in config.credentials.needs_token(security):
            out[scheme.name] = await cc.token_async(
                scheme, client, config.server_url, fetch
            )
        return out

    # -- sending ----------------------------------------------------------------------------
    def _ext_send(
        self, request: httpx.Request, retries: Optional[RetryConfig], stream: bool
    ) -> httpx.Response:
        """Within the call's limits (a streamed success body is the caller's to read)."""
        return self._send(request, retries, stream)

    async def _ext_send_async(
        self, request: httpx.Request, retries: Optional[RetryConfig], stream: bool
    ) -> httpx.Response:
        return await self._send_async(request, retries, stream)

    # -- responses --------------------------------------------------------------------------
    def _ext_response(
        self,
        http_res: httpx.Response,
        *,
        response_cls: type[R],
        body_models: Mapping[str, Optional[tuple[str, Any]]],
        error_models: Mapping[str, Any],
        stream: bool = False,
    ) -> R:
        """``body_models``: status key -> (kind, type) of each documented non-error response;
        ``error_models``: status key -> type of each documented error body."""
        status = http_res.status_code
        content_type = http_res.headers.get("content-type", "")
        if status >= 400:
            if stream:
                http_res.read()
            found, model = _match_error(status, error_models)
            if found and model is not None:
                raise APIError(
                    "API error occurred",
                    status,
                    http_res.text,
                    http_res,
                    _error_data(http_res, model, content_type),
                )
            raise SDKError("API error occurred", status, http_res.text, http_res)
        found, entry = _match_status(status, body_models)
        if not found:
            if stream:
                http_res.read()
            raise SDKError(
                "Unexpected response received", status, http_res.text, http_res
            )
        parsed: Any = None
        if entry is not None:
            kind, model = entry
            if kind == "binary":
                parsed = None if stream else http_res.content
            elif kind == "text":
                parsed = http_res.text if not stream else None
            elif model is not None:
                if stream:
                    http_res.read()
                parsed = _parse_body(http_res, model, content_type)
        return response_cls(
            status_code=status,
            content_type=content_type,
            raw_response=http_res,
            object=parsed,
        )


def _error_data(http_res: httpx.Response, model: Any, content_type: str) -> Any:
    try:
        return _parse_body(http_res, model, content_type)
    except (SDKError, ResponseValidationError):
        return http_res.text


def _match_error(status: int, error_models: Mapping[str, Any]) -> tuple[bool, Any]:
    """The error body type documented for ``status``: exact, then "4XX", then "default"."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        for status_key, model in error_models.items():
            if status_key.upper() == key.upper():
                return True, model
    return False, None


def _expand(path: str, segments: Mapping[str, str]) -> str:
    for name, value in segments.items():
        path = path.replace("{" + name + "}", value)
    return path
