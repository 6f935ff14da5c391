"""Helpers shared by the SDK: retry configuration, retry loops and the call limits."""

from .._transport import DeadlineExceeded, Limits, ResponseTooLarge
from .retries import BackoffStrategy, RetryConfig

__all__ = ["BackoffStrategy", "DeadlineExceeded", "Limits", "ResponseTooLarge", "RetryConfig"]
