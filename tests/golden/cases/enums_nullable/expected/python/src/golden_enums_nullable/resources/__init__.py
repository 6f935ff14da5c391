# Generated from spec.yaml. Do not edit.

from .jobs import Jobs

__all__ = [
    "Jobs",
]
