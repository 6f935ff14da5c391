# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .list_events import ListEventsResponse, ListEventsResponseTypedDict
    from .get_shape import (
        GetShapeRequest,
        GetShapeRequestTypedDict,
        GetShapeResponse,
        GetShapeResponseTypedDict,
    )
    from .annotate import (
        AnnotateRequestBody,
        AnnotateRequestBodyTypedDict,
        AnnotateResponse,
        AnnotateResponseTypedDict,
    )

__all__ = [
    "ListEventsResponse",
    "ListEventsResponseTypedDict",
    "GetShapeRequest",
    "GetShapeRequestTypedDict",
    "GetShapeResponse",
    "GetShapeResponseTypedDict",
    "AnnotateRequestBody",
    "AnnotateRequestBodyTypedDict",
    "AnnotateResponse",
    "AnnotateResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "ListEventsResponse": ".list_events",
        "ListEventsResponseTypedDict": ".list_events",
        "GetShapeRequest": ".get_shape",
        "GetShapeRequestTypedDict": ".get_shape",
        "GetShapeResponse": ".get_shape",
        "GetShapeResponseTypedDict": ".get_shape",
        "AnnotateRequestBody": ".annotate",
        "AnnotateRequestBodyTypedDict": ".annotate",
        "AnnotateResponse": ".annotate",
        "AnnotateResponseTypedDict": ".annotate",
    },
)
