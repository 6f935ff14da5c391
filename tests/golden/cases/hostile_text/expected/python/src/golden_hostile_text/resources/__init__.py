# Generated from spec.yaml. Do not edit.

from .odd import Odd

__all__ = [
    "Odd",
]
