"""The exceptions an API call raises.

* ApiTypeError / ApiValueError: an argument does not match the spec (raised before
  anything is sent).
* ApiException: the server answered with a status that is not 2xx, or with a status
  the spec does not document.
* ApiResponseValidationError (an ApiException): a documented 2xx response whose body
  does not match the spec.

Transport failures (timeouts, refused connections) are httpx's own exceptions
(httpx.TimeoutException, httpx.ConnectError, ...), raised unchanged.

No exception carries the request or its headers, so the access token can never show
up in a message, a repr or a traceback.
"""

from __future__ import annotations

import json
import typing

__all__ = [
    "OpenApiException",
    "ApiTypeError",
    "ApiValueError",
    "ApiException",
    "ApiResponseValidationError",
    "render_path",
]

_SECRET_HEADERS = frozenset(
    {"set-cookie", "authorization", "proxy-authorization", "www-authenticate"}
)
MAX_BODY_IN_MESSAGE = 2000
"""Characters of the response body shown by ``str(error)``; ``.body`` keeps it all."""

PathToItem = typing.Tuple[typing.Union[str, int], ...]


def render_path(path_to_item: PathToItem) -> str:
    """("body", "images", 0, "uri") -> body["images"][0]["uri"]"""
    if not path_to_item:
        return ""
    head, *rest = path_to_item
    return str(head) + "".join(
        f"[{json.dumps(item, ensure_ascii=False)}]" for item in rest
    )


class OpenApiException(Exception):
    """The base class of every exception this SDK raises."""


class ApiTypeError(OpenApiException, TypeError):
    """An argument has the wrong Python type for its schema."""

    def __init__(self, message: str, path_to_item: PathToItem = ()) -> None:
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        super().__init__(f"{where}: {message}" if where else message)


class ApiValueError(OpenApiException, ValueError):
    """An argument has the right type but a value the spec does not allow (a value outside
    an enum, a missing required field, an unknown content type, ...)."""

    def __init__(self, message: str, path_to_item: PathToItem = ()) -> None:
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        super().__init__(f"{where}: {message}" if where else message)


class ApiException(OpenApiException):
    """The server answered with an error status, or with a response the spec does not
    document.

    status: the HTTP status code; reason: its reason phrase (or why the response was
    rejected); body: the parsed JSON body when the response is JSON, else its text;
    headers: the response headers; round_trip_time: seconds from sending the request
    to reading the response.
    """

    def __init__(
        self,
        status: int,
        reason: str,
        body: typing.Any = None,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        round_trip_time: float = 0.0,
    ) -> None:
        self.status = status
        self.reason = reason
        self.body = body
        self.headers: typing.Mapping[str, str] = (
            dict(headers) if headers is not None else {}
        )
        self.round_trip_time = round_trip_time
        super().__init__(status, reason)

    def __str__(self) -> str:
        lines = [f"Status Code: {self.status}", f"Reason: {self.reason}"]
        if self.headers:
            shown = {
                k: ("***" if k.lower() in _SECRET_HEADERS else v)
                for k, v in self.headers.items()
            }
            lines.append(f"HTTP response headers: {shown}")
        if self.body is not None and self.body != "":
            body = (
                self.body
                if isinstance(self.body, str)
                else json.dumps(self.body, ensure_ascii=False, default=str)
            )
            if len(body) > MAX_BODY_IN_MESSAGE:
                body = f"{body[:MAX_BODY_IN_MESSAGE]}... [{len(body) - MAX_BODY_IN_MESSAGE} more characters]"
            lines.append(f"HTTP response body: {body}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, reason={self.reason!r})"


class ApiResponseValidationError(ApiException):
    """A 2xx response the spec documents, whose body does not match its schema: a wrong
    type, a missing required property, or a body that is not JSON. Values newer than the
    spec (an enum value or a property it does not list) are not errors."""

    def __init__(
        self,
        problem: str,
        status: int,
        body: typing.Any = None,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        round_trip_time: float = 0.0,
        path_to_item: PathToItem = (),
    ) -> None:
        self.problem = problem
        self.path_to_item = path_to_item
        where = render_path(path_to_item)
        reason = f"response body does not match the spec: {where + ': ' if where else ''}{problem}"
        super().__init__(status, reason, body, headers, round_trip_time)
