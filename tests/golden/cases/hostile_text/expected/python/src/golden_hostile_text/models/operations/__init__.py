# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .do_odd import (
        DoOddRequest,
        DoOddRequestBody,
        DoOddRequestBodyTypedDict,
        DoOddRequestTypedDict,
        DoOddResponse,
        DoOddResponseBody,
        DoOddResponseBodyTypedDict,
        DoOddResponseTypedDict,
        Mode,
    )

__all__ = [
    "DoOddRequest",
    "DoOddRequestBody",
    "DoOddRequestBodyTypedDict",
    "DoOddRequestTypedDict",
    "DoOddResponse",
    "DoOddResponseBody",
    "DoOddResponseBodyTypedDict",
    "DoOddResponseTypedDict",
    "Mode",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "DoOddRequest": ".do_odd",
        "DoOddRequestBody": ".do_odd",
        "DoOddRequestBodyTypedDict": ".do_odd",
        "DoOddRequestTypedDict": ".do_odd",
        "DoOddResponse": ".do_odd",
        "DoOddResponseBody": ".do_odd",
        "DoOddResponseBodyTypedDict": ".do_odd",
        "DoOddResponseTypedDict": ".do_odd",
        "Mode": ".do_odd",
    },
)
