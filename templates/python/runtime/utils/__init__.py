"""Helpers shared by the SDK: retry configuration and retry loops."""

from .retries import BackoffStrategy, RetryConfig

__all__ = ["BackoffStrategy", "RetryConfig"]
