# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .things_api import ThingsApi

__all__ = [
    "ThingsApi",
]
