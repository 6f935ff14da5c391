"""Retry policy and the retry loops (sync and async) used to send requests.

They live in the shared transport module (``_transport``) with the deadline and the size
cap of a call; this module keeps the names the SDK has always exported.
"""

from __future__ import annotations

from .._transport import (
    DEFAULT_BACKOFF,
    RETRYABLE_STATUS_CODES,
    BackoffStrategy,
    RetryConfig,
    parse_retry_after,
    retry,
    retry_async,
)

__all__ = [
    "DEFAULT_BACKOFF",
    "RETRYABLE_STATUS_CODES",
    "BackoffStrategy",
    "RetryConfig",
    "parse_retry_after",
    "retry",
    "retry_async",
]
