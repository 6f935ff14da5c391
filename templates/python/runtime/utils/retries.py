"""Retry policy and the retry loops (sync and async) used to send requests."""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # httpx and asyncio load with the first request, not with the package
    import httpx

__all__ = [
    "DEFAULT_BACKOFF",
    "RETRYABLE_STATUS_CODES",
    "BackoffStrategy",
    "RetryConfig",
    "parse_retry_after",
    "retry",
    "retry_async",
]

logger = logging.getLogger(__name__)

RETRYABLE_STATUS_CODES: frozenset[int] = frozenset({429, 500, 502, 503, 504})
"""HTTP statuses that are retried under the "backoff" strategy."""


def _is_connection_error(exc: Exception) -> bool:
    import httpx  # loaded already: the request that failed was sent with it

    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))


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


def _next_delay(
    backoff: BackoffStrategy,
    retry_index: int,
    elapsed: float,
    retry_after: Optional[float],
    rand: Callable[[], float],
) -> Optional[float]:
    """Seconds to wait before the next attempt, or None to give up."""
    remaining = backoff.max_elapsed_time / 1000 - elapsed
    if remaining <= 0:
        return None
    if retry_after is not None:
        # Retrying before the server's deadline is pointless; give up instead.
        return retry_after if retry_after <= remaining else None
    return min(_backoff_seconds(backoff, retry_index, rand), remaining)


class _Attempt:
    """Decides, after one attempt, whether and how long to wait before another."""

    def __init__(
        self, config: RetryConfig, clock: Callable[[], float], rand: Callable[[], float]
    ) -> None:
        self.backoff = config.backoff if config.backoff is not None else DEFAULT_BACKOFF
        self.retry_connection_errors = config.retry_connection_errors
        self.clock = clock
        self.rand = rand
        self.start = clock()
        self.retry_index = 0

    def delay_after_error(self, exc: Exception) -> Optional[float]:
        if not (self.retry_connection_errors and _is_connection_error(exc)):
            return None
        return self._delay(None, type(exc).__name__)

    def delay_after_response(self, response: httpx.Response) -> Optional[float]:
        if response.status_code not in RETRYABLE_STATUS_CODES:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return self._delay(retry_after, f"HTTP {response.status_code}")

    def _delay(self, retry_after: Optional[float], reason: str) -> Optional[float]:
        delay = _next_delay(
            self.backoff,
            self.retry_index,
            self.clock() - self.start,
            retry_after,
            self.rand,
        )
        if delay is None:
            logger.debug("Not retrying after %s: retry time budget exhausted", reason)
        else:
            logger.debug(
                "Retrying after %s in %.3f s (retry %d)",
                reason,
                delay,
                self.retry_index + 1,
            )
            self.retry_index += 1
        return delay


def _retries_enabled(config: Optional[RetryConfig]) -> bool:
    return config is not None and config.strategy == "backoff"


def retry(
    send: Callable[[], httpx.Response],
    config: Optional[RetryConfig],
    *,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    rand: Callable[[], float] = random.random,
) -> httpx.Response:
    """Call ``send`` until it succeeds or retrying is no longer allowed.

    Returns the last response (which may still be a retryable status once the
    time budget is spent) or raises the last exception.
    """
    if config is None or not _retries_enabled(config):
        return send()
    attempt = _Attempt(config, clock, rand)
    while True:
        delay: Optional[float]
        try:
            response = send()
        except Exception as exc:
            delay = attempt.delay_after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempt.delay_after_response(response)
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
    rand: Callable[[], float] = random.random,
) -> httpx.Response:
    """Async twin of :func:`retry` (``sleep`` defaults to ``asyncio.sleep``)."""
    if sleep is None:
        import asyncio  # only async calls need it

        sleep = asyncio.sleep
    if config is None or not _retries_enabled(config):
        return await send()
    attempt = _Attempt(config, clock, rand)
    while True:
        delay: Optional[float]
        try:
            response = await send()
        except Exception as exc:
            delay = attempt.delay_after_error(exc)
            if delay is None:
                raise
        else:
            delay = attempt.delay_after_response(response)
            if delay is None:
                return response
            await response.aclose()
        await sleep(delay)
