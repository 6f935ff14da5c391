# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_schemas_31_flat.models import X`."""

from ..model.annotate_request_body import AnnotateRequestBody, AnnotateRequestBodySchema
from ..model.circle import Circle, CircleSchema
from ..model.event import Event, EventSchema
from ..model.level import Level, LevelSchema
from ..model.shape import Shape, ShapeSchema
from ..model.square import Square, SquareSchema

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
