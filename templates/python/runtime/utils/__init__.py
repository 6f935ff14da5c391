"""Helpers shared by the SDK: retry configuration, retry loops and the call limits."""

from typing import TYPE_CHECKING, Any

from .._transport import Limits
from .retries import BackoffStrategy, RetryConfig

if TYPE_CHECKING:
    from .._transport import DeadlineExceeded, ResponseTooLarge

__all__ = [
    "BackoffStrategy",
    "DeadlineExceeded",
    "Limits",
    "ResponseTooLarge",
    "RetryConfig",
]


def __getattr__(name: str) -> Any:
    """The exception classes subclass httpx's: they (and httpx) load when first named."""
    if name in ("DeadlineExceeded", "ResponseTooLarge"):
        from .. import _transport

        return getattr(_transport, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
