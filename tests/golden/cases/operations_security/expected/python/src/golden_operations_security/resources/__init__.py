# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .items import Items
    from .default import Default
    from .files import Files

__all__ = [
    "Items",
    "Default",
    "Files",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Items": ".items",
        "Default": ".default",
        "Files": ".files",
    },
)
