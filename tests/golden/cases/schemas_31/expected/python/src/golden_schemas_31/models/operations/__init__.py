# Generated from spec.yaml. Do not edit.

from .list_events import ListEventsResponse
from .get_shape import GetShapeResponse
from .annotate import AnnotateRequestBody, AnnotateResponse

__all__ = [
    "ListEventsResponse",
    "GetShapeResponse",
    "AnnotateRequestBody",
    "AnnotateResponse",
]
