# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .events_api import EventsApi

__all__ = [
    "EventsApi",
]
