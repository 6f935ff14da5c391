# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class JobStatus(str, Enum, metaclass=OpenEnumMeta):
    """Where a job is."""

    PENDING = "PENDING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
