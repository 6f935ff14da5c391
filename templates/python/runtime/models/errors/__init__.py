"""Exceptions raised by SDK operations."""

from .sdkerror import ResponseValidationError, SDKError

__all__ = ["ResponseValidationError", "SDKError"]
