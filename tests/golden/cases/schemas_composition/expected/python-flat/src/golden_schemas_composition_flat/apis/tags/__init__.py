# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .accounts_api import AccountsApi
from .graphs_api import GraphsApi
from .pets_api import PetsApi
from .shapes_api import ShapesApi

__all__ = [
    "AccountsApi",
    "GraphsApi",
    "PetsApi",
    "ShapesApi",
]
