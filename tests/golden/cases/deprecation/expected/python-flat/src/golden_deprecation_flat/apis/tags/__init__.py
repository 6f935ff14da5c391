# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .pets_api import PetsApi

__all__ = [
    "PetsApi",
]
