# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class JobStatus(str, Enum, metaclass=OpenEnumMeta):
    """The status of the current task."""

    PENDING = "PENDING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
