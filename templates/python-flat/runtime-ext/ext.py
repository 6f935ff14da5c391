"""Operations beyond JSON in and out: parameters in every location and style, form,
multipart, binary and text bodies (several media types per body), binary, text and typed
error responses, every security scheme. Used by SDKs whose spec needs any of that."""

from __future__ import annotations

import typing

import httpx

from . import _transport, _wire
from ._auth import Credential, Credentials, Scheme
from .api_client import (
    ApiClient,
    ApiResponse,
    ApiResponseWithoutDeserialization,
    Timeout,
)
from .api_client import Operation as BaseOperation
from .api_client import Parameter as BaseParameter
from .api_client import RequestBody as BaseRequestBody
from .api_client import ResponseSpec as BaseResponseSpec
from .api_client import _accept, _error_body, _read_and_close, _timeout
from .configuration import DEFAULT_DEADLINE, Configuration, RetryConfig, TimeoutValue
from .exceptions import ApiException, ApiTypeError, ApiValueError
from .schemas import Mismatch, Schema, Unset, unset

__all__ = [
    "ExtApiClient",
    "ExtConfiguration",
    "Operation",
    "Parameter",
    "RequestBody",
    "ResponseSpec",
]

R = typing.TypeVar("R", bound="ApiResponse[typing.Any]")


class Parameter(BaseParameter):
    """A parameter with its OpenAPI style and explode."""

    def __init__(
        self,
        wire: str,
        name: str,
        location: str,
        schema: Schema,
        required: bool = False,
        *,
        style: str = "simple",
        explode: bool = False,
    ) -> None:
        super().__init__(wire, name, location, schema, required)
        self.style = style
        self.explode = explode


class RequestBody(BaseRequestBody):
    """A body with the kind ("json", "form", "multipart", "text", "binary") and schema of each
    of its media types, the default first."""

    def __init__(
        self,
        schema: Schema,
        content_types: typing.Tuple[str, ...],
        required: bool,
        flattened: bool,
        *,
        media: typing.Mapping[str, typing.Tuple[str, Schema]],
    ) -> None:
        super().__init__(schema, content_types, required, flattened)
        self.media = dict(media)


class ResponseSpec(BaseResponseSpec[R]):
    """A documented response and the kind of its body ("json", "text" or "binary")."""

    def __init__(
        self,
        status: str,
        response_cls: typing.Type[R],
        schema: typing.Optional[Schema],
        kind: str = "json",
    ) -> None:
        super().__init__(status, response_cls, schema)
        self.kind = kind


class Operation(BaseOperation[R]):
    """An operation with its documented error bodies and its security requirements."""

    def __init__(
        self,
        *,
        errors: typing.Mapping[str, Schema],
        security: typing.Tuple[typing.Tuple[str, ...], ...],
        **kwargs: typing.Any,
    ) -> None:
        super().__init__(**kwargs)
        self.errors = dict(errors)
        self.security = security

    def error_schema(self, status: int) -> typing.Optional[Schema]:
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            for status_key, schema in self.errors.items():
                if status_key.upper() == key.upper():
                    return schema
        return None


class ExtConfiguration(Configuration):
    """Configuration with a credential per security scheme of the spec (never shown in repr)."""

    def __init__(
        self,
        host: str,
        *,
        schemes: typing.Sequence[Scheme],
        credentials: typing.Mapping[str, typing.Optional[Credential]],
        timeout: TimeoutValue = 60.0,
        verify: typing.Union[bool, str] = True,
        user_agent: str = "python-flat-sdk",
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        deadline: typing.Optional[float] = DEFAULT_DEADLINE,
        max_response_bytes: int = _transport.DEFAULT_MAX_RESPONSE_BYTES,
        retry_config: typing.Optional[RetryConfig] = None,
    ) -> None:
        super().__init__(
            host,
            None,
            timeout=timeout,
            verify=verify,
            user_agent=user_agent,
            headers=headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry_config=retry_config,
        )
        self.credentials = Credentials(schemes, credentials)

    def __repr__(self) -> str:
        return f"ExtConfiguration(host={self.host!r}, credentials={self.credentials!r}, timeout={self.timeout!r})"


class ExtApiClient(ApiClient):
    """ApiClient for ext.Operation: styles, media kinds, typed errors, every security scheme."""

    configuration: ExtConfiguration

    def build_request(
        self,
        operation: BaseOperation[typing.Any],
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
            style = getattr(param, "style", "simple")
            explode = getattr(param, "explode", False)
            if wire is None:
                continue
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
        security = getattr(operation, "security", ())
        limits = config.limits()

        def fetch(
            request: httpx.Request,
        ) -> httpx.Response:  # within the client's limits, not retried
            return _transport.send(self.http, request, None, limits)

        tokens = {
            scheme.name: cc.token(scheme, self.http, config.host, fetch)
            for scheme, cc in config.credentials.needs_token(security)
        }
        config.credentials.apply(security, headers, query, cookies, tokens)
        if cookies:
            headers["Cookie"] = _wire.cookie_header(cookies)
        content: typing.Any = None
        if operation.body is not None:
            content = self._ext_body(operation.body, body, content_type, headers)
        request = httpx.Request(
            operation.method,
            config.host + path,
            params=tuple(query),
            headers=headers,
            content=content,
        )
        request.extensions["timeout"] = _timeout(
            timeout if timeout is not None else config.timeout
        ).as_dict()
        return request

    def _ext_body(
        self,
        spec: BaseRequestBody,
        body: typing.Any,
        content_type: typing.Optional[str],
        headers: typing.Dict[str, str],
    ) -> typing.Any:
        media = getattr(spec, "media", {})
        chosen = content_type if content_type is not None else spec.content_types[0]
        if not isinstance(chosen, str):
            raise ApiTypeError(
                f"expected str, got {type(chosen).__name__}", ("content_type",)
            )
        if chosen not in media:
            declared = ", ".join(spec.content_types)
            raise ApiValueError(
                f"{chosen!r} is not a content type of this operation ({declared})",
                ("content_type",),
            )
        kind, schema = media[chosen]
        if spec.flattened:
            fields = {
                k: v
                for k, v in typing.cast(typing.Mapping[str, typing.Any], body).items()
                if not isinstance(v, Unset)
            }
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

    def _result(
        self,
        operation: BaseOperation[R],
        response: httpx.Response,
        elapsed: float,
        stream: bool,
        skip_deserialization: bool,
    ) -> typing.Union[R, ApiResponseWithoutDeserialization]:
        status = response.status_code
        if not 200 <= status <= 299:
            error_schema = (
                operation.error_schema(status)
                if isinstance(operation, Operation)
                else None
            )
            _read_and_close(response)
            body = _error_body(response)
            if error_schema is not None and not isinstance(body, str):
                try:
                    body = error_schema.from_wire(body, ("body",))
                except Mismatch:
                    pass
            raise ApiException(
                status, response.reason_phrase, body, response.headers, elapsed
            )
        spec = operation.response_for(status)
        kind = getattr(spec, "kind", "json")
        if (
            spec is None
            or spec.schema is None
            or kind == "json"
            or skip_deserialization
        ):
            return super()._result(
                operation, response, elapsed, stream, skip_deserialization
            )
        if stream:
            return spec.response_cls(
                response, round_trip_time=elapsed, loader=lambda: _raw(response, kind)
            )
        return spec.response_cls(
            response, round_trip_time=elapsed, body=_raw(response, kind)
        )


def _raw(response: httpx.Response, kind: str) -> typing.Any:
    _read_and_close(response)
    return response.text if kind == "text" else response.content
