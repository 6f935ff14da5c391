"""Sending one call: retries with backoff and jitter, a total deadline, a per-read timeout and
a cap on the size of a response (decompressed). Shared by every Python SDK style.

    limits = Limits(deadline=60.0, read_timeout=30.0, max_response_bytes=64 * 1024 * 1024)
    response = send(client, request, retry_config, limits)   # body read, within the limits

* Deadline: no call takes longer than ``deadline`` seconds, retries and their waits
  included (a read that started before the deadline may end up to ``read_timeout``
  later); past it, :class:`DeadlineExceeded` (an ``httpx.TimeoutException``).
* Per read: connecting, each read and each write wait at most ``read_timeout`` seconds
  (``httpx.ReadTimeout`` & co.).
* Size: a body larger than ``max_response_bytes`` once decompressed raises
  :class:`ResponseTooLarge` (an ``httpx.HTTPError``) as soon as the cap is passed: a
  small gzip body cannot expand into memory.
* Retries (``RetryConfig("backoff", ...)``): HTTP 429, 500, 502, 503 and 504; with
  ``retry_connection_errors=True`` also a refused connection, a connection reset, and a
  server that closes the connection without answering. ``Retry-After`` is honoured in
  seconds and as an HTTP date.

Nothing here puts a request header (or any credential) into a message or a log line.

Importing this module loads neither httpx nor asyncio (an SDK's import stays quick): httpx
is loaded by the first call, which sends with it anyway, and so are the two exception
classes, which subclass httpx's (``from ._transport import DeadlineExceeded`` loads httpx).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    import zlib

    import httpx

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_READ_TIMEOUT",
    "RETRYABLE_STATUS_CODES",
    "BackoffStrategy",
    "DeadlineExceeded",
    "Limits",
    "ResponseTooLarge",
    "RetryConfig",
    "parse_retry_after",
    "retry",
    "retry_async",
    "send",
    "send_async",
]

logger = logging.getLogger(__name__)

DEFAULT_DEADLINE = 60.0
"""Seconds one call may take in all (attempts and waits between them)."""
DEFAULT_READ_TIMEOUT = 30.0
"""Seconds to connect, and to wait for each read or write."""
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""Bytes a response body may hold once decompressed."""

RETRYABLE_STATUS_CODES: frozenset[int] = frozenset({429, 500, 502, 503, 504})
"""HTTP statuses that are retried under the "backoff" strategy."""

if TYPE_CHECKING:
    CONNECTION_ERRORS: tuple[type[Exception], ...]
    """Failures retried when ``RetryConfig.retry_connection_errors`` is set."""

    class DeadlineExceeded(httpx.TimeoutException):
        """The call's total deadline passed (retries and waits included)."""

    class ResponseTooLarge(httpx.HTTPError):
        """A response body exceeded the size cap (counted after decompression)."""


_LAZY = ("CONNECTION_ERRORS", "DeadlineExceeded", "ResponseTooLarge")


def _load() -> None:
    """Import httpx and define what depends on it (once; every entry point calls this)."""
    if "ResponseTooLarge" in globals():
        return
    import httpx

    class DeadlineExceeded(httpx.TimeoutException):
        """The call's total deadline passed (retries and waits included)."""

    class ResponseTooLarge(httpx.HTTPError):
        """A response body exceeded the size cap (counted after decompression)."""

    names: dict[str, Any] = {
        "httpx": httpx,
        "CONNECTION_ERRORS": (
            httpx.ConnectError,  # refused, unreachable
            httpx.ConnectTimeout,
            httpx.RemoteProtocolError,  # closed without an answer, or in the middle of one
            httpx.ReadError,  # reset
            httpx.WriteError,
        ),
        "DeadlineExceeded": DeadlineExceeded,
    }
    for cls in (DeadlineExceeded, ResponseTooLarge):
        cls.__qualname__ = cls.__name__
    globals().update(names)
    globals()["ResponseTooLarge"] = ResponseTooLarge  # last: marks the module loaded


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        _load()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class BackoffStrategy:
    """Exponential backoff parameters. All durations are in milliseconds.

    The n-th retry (n = 0, 1, ...) waits a random time between half and all
    of ``min(initial_interval * exponent ** n, max_interval)`` ("equal
    jitter"). No retry starts once ``max_elapsed_time`` has passed since the
    first attempt, and no wait extends beyond it.
    """

    initial_interval: int
    max_interval: int
    exponent: float
    max_elapsed_time: int

    def __post_init__(self) -> None:
        if (
            self.initial_interval < 0
            or self.max_interval < 0
            or self.max_elapsed_time < 0
        ):
            raise ValueError("BackoffStrategy intervals must be >= 0 milliseconds")
        if not self.exponent > 0:
            raise ValueError("BackoffStrategy exponent must be > 0")


DEFAULT_BACKOFF = BackoffStrategy(
    initial_interval=500, max_interval=60_000, exponent=1.5, max_elapsed_time=300_000
)
"""Backoff used when a "backoff" RetryConfig does not give one."""


@dataclass
class RetryConfig:
    """When and how to retry a request.

    ``strategy`` is ``"backoff"`` (retry HTTP 429, 500, 502, 503 and 504, and
    connection failures if ``retry_connection_errors``) or ``"none"``.
    ``backoff`` defaults to :data:`DEFAULT_BACKOFF`.
    """

    strategy: str
    backoff: Optional[BackoffStrategy] = None
    retry_connection_errors: bool = False

    def __post_init__(self) -> None:
        if self.strategy not in ("backoff", "none"):
            raise ValueError(
                f'RetryConfig strategy must be "backoff" or "none", not {self.strategy!r}'
            )


@dataclass(frozen=True)
class Limits:
    """The time and size limits of one call (seconds, bytes); None: no deadline."""

    deadline: Optional[float] = DEFAULT_DEADLINE
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError("the deadline must be > 0 seconds (or None)")
        if not self.read_timeout > 0:
            raise ValueError("the read timeout must be > 0 seconds")
        if self.max_response_bytes < 0:
            raise ValueError("the response size cap must be >= 0 bytes")


def parse_retry_after(
    value: Optional[str], now: Optional[datetime] = None
) -> Optional[float]:
    """Return the wait in seconds a ``Retry-After`` header asks for.

    Accepts delta-seconds (``"120"``) or an HTTP-date; a date in the past gives
    0. Returns None for a missing or malformed header.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now if now is not None else datetime.now(timezone.utc)
    return max(0.0, (when - current).total_seconds())


def _backoff_seconds(
    backoff: BackoffStrategy, retry_index: int, rand: Callable[[], float]
) -> float:
    try:
        interval = backoff.initial_interval * backoff.exponent**retry_index
    except OverflowError:
        interval = math.inf
    ceiling = min(interval, backoff.max_interval) / 1000
    return ceiling / 2 + rand() * ceiling / 2


class _Attempts:
    """Decides, after one attempt, whether and how long to wait before another."""

    def __init__(
        self,
        config: Optional[RetryConfig],
        clock: Callable[[], float],
        rand: Optional[Callable[[], float]],
        deadline: Optional[float],
    ) -> None:
        _load()
        if rand is None:
            import random

            rand = random.random
        enabled = config is not None and config.strategy == "backoff"
        self.config = config if enabled else None
        self.backoff = (
            config.backoff
            if config is not None and config.backoff is not None
            else DEFAULT_BACKOFF
        )
        self.clock = clock
        self.rand = rand
        self.start = clock()
        self.deadline_at = None if deadline is None else self.start + deadline
        self.retry_index = 0

    def remaining(self) -> Optional[float]:
        return None if self.deadline_at is None else self.deadline_at - self.clock()

    def after_error(self, exc: Exception) -> Optional[float]:
        if (
            self.config is None
            or not self.config.retry_connection_errors
            or not isinstance(exc, CONNECTION_ERRORS)
        ):
            return None
        return self._delay(None, type(exc).__name__)

    def after_response(self, response: httpx.Response) -> Optional[float]:
        if self.config is None or response.status_code not in RETRYABLE_STATUS_CODES:
            return None
        return self._delay(
            parse_retry_after(response.headers.get("retry-after")),
            f"HTTP {response.status_code}",
        )

    def _delay(self, retry_after: Optional[float], reason: str) -> Optional[float]:
        elapsed = self.clock() - self.start
        budget = self.backoff.max_elapsed_time / 1000 - elapsed
        left = self.remaining()
        if left is not None:
            budget = min(budget, left)
        delay: Optional[float]
        if budget <= 0:
            delay = None
        elif retry_after is not None:  # retrying before the server's time is pointless
            delay = retry_after if retry_after <= budget else None
        else:
            delay = min(
                _backoff_seconds(self.backoff, self.retry_index, self.rand), budget
            )
        if delay is None:
            logger.debug("Not retrying after %s: retry time budget exhausted", reason)
        else:
            self.retry_index += 1
            logger.debug(
                "Retrying after %s in %.3f s (retry %d)",
                reason,
                delay,
                self.retry_index,
            )
        return delay


def retry(
    send: Callable[[], httpx.Response],
    config: Optional[RetryConfig],
    *,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    rand: Optional[Callable[[], float]] = None,
    deadline: Optional[float] = None,
) -> httpx.Response:
    """Call ``send`` until it succeeds or retrying is no longer allowed.

    Returns the last response (which may still be a retryable status once the
    time budget is spent) or raises the last exception.
    """
    attempts = _Attempts(config, clock, rand, deadline)
    while True:
        delay: Optional[float]
        try:
            response = send()
        except Exception as exc:
            delay = attempts.after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
        sleep(delay)


async def retry_async(
    send: Callable[[], Awaitable[httpx.Response]],
    config: Optional[RetryConfig],
    *,
    sleep: Optional[Callable[[float], Awaitable[object]]] = None,
    clock: Callable[[], float] = time.monotonic,
    rand: Optional[Callable[[], float]] = None,
    deadline: Optional[float] = None,
) -> httpx.Response:
    """Async twin of :func:`retry` (``sleep`` defaults to ``asyncio.sleep``)."""
    sleep = sleep if sleep is not None else _asyncio_sleep()
    attempts = _Attempts(config, clock, rand, deadline)
    while True:
        delay: Optional[float]
        try:
            response = await send()
        except Exception as exc:
            delay = attempts.after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
        await sleep(delay)


def _asyncio_sleep() -> Callable[[float], Awaitable[object]]:
    import asyncio  # only async calls need it

    return asyncio.sleep


# -- one attempt -----------------------------------------------------------------------------
def _attempt_timeout(
    base: dict[str, Optional[float]], limits: Limits, remaining: Optional[float]
) -> dict[str, Optional[float]]:
    """The request's own timeouts (connect, read, write, pool), none beyond the deadline."""
    if remaining is None:
        return base
    if remaining <= 0:
        raise DeadlineExceeded(f"the call's deadline of {limits.deadline:g} s passed")
    return {k: remaining if v is None else min(v, remaining) for k, v in base.items()}


def _base_timeout(request: httpx.Request, limits: Limits) -> dict[str, Optional[float]]:
    given = request.extensions.get("timeout")
    return dict(given) if given else httpx.Timeout(limits.read_timeout).as_dict()


class _Decoder:
    """Decompresses gzip/deflate bodies piece by piece, never past the cap."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.size = 0
        codings = [
            c.strip().lower()
            for c in encoding.split(",")
            if c.strip() and c.strip().lower() != "identity"
        ]
        self.z: Optional[zlib._Decompress] = None
        import zlib

        if codings in (["gzip"], ["x-gzip"]):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif codings == ["deflate"]:
            self.z = zlib.decompressobj()
        elif codings:
            raise httpx.DecodingError(f"unsupported content-encoding {encoding!r}")

    def feed(self, raw: bytes) -> bytes:
        if self.z is None:
            return self._count(raw)
        out = [self._count(self.z.decompress(raw, self.cap + 1 - self.size))]
        while self.z.unconsumed_tail:  # more to come out of this piece, within the cap
            out.append(
                self._count(
                    self.z.decompress(self.z.unconsumed_tail, self.cap + 1 - self.size)
                )
            )
        return b"".join(out)

    def flush(self) -> bytes:
        return self._count(self.z.flush()) if self.z is not None else b""

    def _count(self, piece: bytes) -> bytes:
        self.size += len(piece)
        if self.size > self.cap:
            raise ResponseTooLarge(
                f"the response body is larger than {self.cap:,} bytes (decompressed)"
            )
        return piece


def _finished(response: httpx.Response, body: bytes, decoded: bool) -> httpx.Response:
    """The response with its body in memory (decompressed: then without Content-Encoding, and
    with the Content-Length of what it holds now)."""
    headers = response.headers.multi_items()
    if decoded:
        headers = [
            (k, v)
            for k, v in headers
            if k.lower() not in ("content-encoding", "content-length")
        ]
        headers.append(("Content-Length", str(len(body))))
    done = httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )
    done.elapsed = response.elapsed
    return done


def _in_memory(response: httpx.Response, limits: Limits) -> bool:
    """Whether the body is already in memory (an httpx.MockTransport's response, say): then
    it is only measured against the cap."""
    if not hasattr(response, "_content"):
        return False
    size = len(response.content)
    if size > limits.max_response_bytes:
        raise ResponseTooLarge(
            f"the response body is larger than {limits.max_response_bytes:,} bytes (decompressed)"
        )
    return True


def _read(
    response: httpx.Response, limits: Limits, attempts: _Attempts
) -> httpx.Response:
    if _in_memory(response, limits):
        return response
    decoder = _Decoder(
        response.headers.get("content-encoding", ""), limits.max_response_bytes
    )
    chunks = []
    try:
        for raw in response.iter_raw():
            chunks.append(decoder.feed(raw))
            left = attempts.remaining()
            if left is not None and left <= 0:
                raise DeadlineExceeded(
                    f"the call's deadline of {limits.deadline:g} s passed while reading the body"
                )
        chunks.append(decoder.flush())
    finally:
        response.close()
    return _finished(response, b"".join(chunks), decoder.z is not None)


async def _aread(
    response: httpx.Response, limits: Limits, attempts: _Attempts
) -> httpx.Response:
    if _in_memory(response, limits):
        return response
    decoder = _Decoder(
        response.headers.get("content-encoding", ""), limits.max_response_bytes
    )
    chunks = []
    try:
        async for raw in response.aiter_raw():
            chunks.append(decoder.feed(raw))
            left = attempts.remaining()
            if left is not None and left <= 0:
                raise DeadlineExceeded(
                    f"the call's deadline of {limits.deadline:g} s passed while reading the body"
                )
        chunks.append(decoder.flush())
    finally:
        await response.aclose()
    return _finished(response, b"".join(chunks), decoder.z is not None)


def send(
    client: httpx.Client,
    request: httpx.Request,
    config: Optional[RetryConfig],
    limits: Limits = Limits(),
    *,
    stream: bool = False,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    rand: Optional[Callable[[], float]] = None,
) -> httpx.Response:
    """Send ``request`` within ``limits``, retrying per ``config``; the returned response's
    body is read (unless ``stream`` and a success status: then it is left to the caller,
    without the size cap)."""
    attempts = _Attempts(config, clock, rand, limits.deadline)
    base = _base_timeout(request, limits)
    request.headers["Accept-Encoding"] = (
        "gzip, deflate"  # what _Decoder reads, within the cap
    )
    while True:
        delay: Optional[float]
        try:
            request.extensions["timeout"] = _attempt_timeout(
                base, limits, attempts.remaining()
            )
            response = client.send(request, stream=True)
        except DeadlineExceeded:
            raise
        except Exception as exc:
            delay = attempts.after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempts.after_response(response)
            if delay is None:
                if (
                    stream and response.status_code < 400
                ):  # an error body is read all the same
                    return response
                try:
                    return _read(response, limits, attempts)
                except (DeadlineExceeded, ResponseTooLarge):
                    raise
                except Exception as exc:  # reset in the middle of the body
                    delay = attempts.after_error(exc)
                    if delay is None:
                        raise
            else:
                response.close()
        sleep(delay)


async def send_async(
    client: httpx.AsyncClient,
    request: httpx.Request,
    config: Optional[RetryConfig],
    limits: Limits = Limits(),
    *,
    stream: bool = False,
    sleep: Optional[Callable[[float], Awaitable[object]]] = None,
    clock: Callable[[], float] = time.monotonic,
    rand: Optional[Callable[[], float]] = None,
) -> httpx.Response:
    """Async twin of :func:`send`."""
    sleep = sleep if sleep is not None else _asyncio_sleep()
    attempts = _Attempts(config, clock, rand, limits.deadline)
    base = _base_timeout(request, limits)
    request.headers["Accept-Encoding"] = (
        "gzip, deflate"  # what _Decoder reads, within the cap
    )
    while True:
        delay: Optional[float]
        try:
            request.extensions["timeout"] = _attempt_timeout(
                base, limits, attempts.remaining()
            )
            response = await client.send(request, stream=True)
        except DeadlineExceeded:
            raise
        except Exception as exc:
            delay = attempts.after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempts.after_response(response)
            if delay is None:
                if (
                    stream and response.status_code < 400
                ):  # an error body is read all the same
                    return response
                try:
                    return await _aread(response, limits, attempts)
                except (DeadlineExceeded, ResponseTooLarge):
                    raise
                except Exception as exc:
                    delay = attempts.after_error(exc)
                    if delay is None:
                        raise
            else:
                await response.aclose()
        await sleep(delay)
