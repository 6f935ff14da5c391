# Generated from spec.yaml. Do not edit.

from .items import Items
from .default import Default
from .files import Files

__all__ = [
    "Items",
    "Default",
    "Files",
]
