# Generated from spec.yaml. Do not edit.

from .events import Events

__all__ = [
    "Events",
]
