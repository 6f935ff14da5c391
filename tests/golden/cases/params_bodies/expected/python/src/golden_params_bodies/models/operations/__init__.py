# Generated from spec.yaml. Do not edit.

from .list_things import ListThingsResponse, ListThingsResponseBody, ListThingsThings
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
