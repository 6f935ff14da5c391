# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .do_odd import DoOddMode, DoOddRequestBody, DoOddResponse, DoOddResponseBody

__all__ = [
    "DoOddMode",
    "DoOddRequestBody",
    "DoOddResponse",
    "DoOddResponseBody",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "DoOddMode": ".do_odd",
        "DoOddRequestBody": ".do_odd",
        "DoOddResponse": ".do_odd",
        "DoOddResponseBody": ".do_odd",
    },
)
