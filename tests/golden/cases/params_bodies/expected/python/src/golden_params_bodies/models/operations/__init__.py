# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .list_things import (
        ListThingsResponse,
        ListThingsResponseBody,
        ListThingsThings,
    )
    from .create_thing import (
        CreateThingRequestBody,
        CreateThingResponse,
        CreateThingResponseBody,
    )
    from .import_things import ImportThingsRequestBody, ImportThingsResponse

__all__ = [
    "ListThingsResponse",
    "ListThingsResponseBody",
    "ListThingsThings",
    "CreateThingRequestBody",
    "CreateThingResponse",
    "CreateThingResponseBody",
    "ImportThingsRequestBody",
    "ImportThingsResponse",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "ListThingsResponse": ".list_things",
        "ListThingsResponseBody": ".list_things",
        "ListThingsThings": ".list_things",
        "CreateThingRequestBody": ".create_thing",
        "CreateThingResponse": ".create_thing",
        "CreateThingResponseBody": ".create_thing",
        "ImportThingsRequestBody": ".import_things",
        "ImportThingsResponse": ".import_things",
    },
)
