"""Exceptions raised for error, unexpected and invalid HTTP responses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_BODY_IN_MESSAGE", "ResponseValidationError", "SDKError"]

MAX_BODY_IN_MESSAGE = 2000
"""Characters of the response body shown by ``str(error)``; ``.body`` keeps it all."""


class SDKError(Exception):
    """An HTTP response the SDK cannot return as a result.

    Raised for 4xx/5xx statuses ("API error occurred") and for statuses or
    content types the operation does not declare ("Unexpected response
    received"). ``body`` is the full response text; ``raw_response`` the
    response itself. The message never includes request headers.
    """

    message: str
    status_code: int
    body: str
    raw_response: Optional[httpx.Response]

    def __init__(
        self,
        message: str,
        status_code: int = -1,
        body: str = "",
        raw_response: Optional[httpx.Response] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.raw_response = raw_response

    def __str__(self) -> str:
        text = f"{self.message}: Status {self.status_code}"
        if self.body:
            body = self.body
            if len(body) > MAX_BODY_IN_MESSAGE:
                body = f"{body[:MAX_BODY_IN_MESSAGE]}... [{len(body) - MAX_BODY_IN_MESSAGE} more characters]"
            text = f"{text}\n{body}"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r})"


class ResponseValidationError(SDKError):
    """A successful response whose body does not match the declared schema.

    ``message`` names the expected type and the first failing locations;
    ``cause`` is the underlying exception (usually ``pydantic.ValidationError``).
    """

    cause: Optional[BaseException]

    def __init__(
        self,
        message: str,
        status_code: int = -1,
        body: str = "",
        raw_response: Optional[httpx.Response] = None,
        cause: Optional[BaseException] = None,
    ) -> None:
        super().__init__(message, status_code, body, raw_response)
        self.cause = cause
        if cause is not None:
            self.__cause__ = cause
