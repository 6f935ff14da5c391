# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .list_events import *
    from .get_shape import *
    from .annotate import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".list_events": "ListEventsResponse ListEventsResponseTypedDict",
        ".get_shape": "GetShapeRequest GetShapeRequestTypedDict GetShapeResponse GetShapeResponseTypedDict",
        ".annotate": "AnnotateRequestBody AnnotateRequestBodyTypedDict AnnotateResponse AnnotateResponseTypedDict",
    },
)
