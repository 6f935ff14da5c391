# Generated from spec.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .annotate_request_body import AnnotateRequestBody, AnnotateRequestBodySchema
from .circle import Circle, CircleSchema
from .event import Event, EventSchema
from .level import Level, LevelSchema
from .shape import Shape, ShapeSchema
from .square import Square, SquareSchema

__all__ = [
    "AnnotateRequestBody",
    "AnnotateRequestBodySchema",
    "Circle",
    "CircleSchema",
    "Event",
    "EventSchema",
    "Level",
    "LevelSchema",
    "Shape",
    "ShapeSchema",
    "Square",
    "SquareSchema",
]
