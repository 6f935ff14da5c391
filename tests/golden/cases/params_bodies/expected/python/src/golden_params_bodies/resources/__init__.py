# Generated from spec.yaml. Do not edit.

from .things import Things

__all__ = [
    "Things",
]
