# Generated from spec.yaml. Do not edit.

from .do_odd import DoOddMode, DoOddRequestBody, DoOddResponse, DoOddResponseBody

__all__ = [
    "DoOddMode",
    "DoOddRequestBody",
    "DoOddResponse",
    "DoOddResponseBody",
]
