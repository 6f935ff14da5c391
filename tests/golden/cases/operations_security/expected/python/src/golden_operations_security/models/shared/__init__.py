# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .created import Created, CreatedTypedDict
    from .item import Item, ItemTypedDict
    from .problem import Problem, ProblemTypedDict

__all__ = [
    "Created",
    "CreatedTypedDict",
    "Item",
    "ItemTypedDict",
    "Problem",
    "ProblemTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Created": ".created",
        "CreatedTypedDict": ".created",
        "Item": ".item",
        "ItemTypedDict": ".item",
        "Problem": ".problem",
        "ProblemTypedDict": ".problem",
    },
)
