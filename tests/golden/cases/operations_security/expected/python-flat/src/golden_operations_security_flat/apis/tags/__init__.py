# Generated from spec.yaml. Do not edit.
"""The API classes, one per tag of the spec."""

from .default_api import DefaultApi
from .files_api import FilesApi
from .items_api import ItemsApi

__all__ = [
    "DefaultApi",
    "FilesApi",
    "ItemsApi",
]
