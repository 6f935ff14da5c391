# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .list_things import (
        ListThingsRequest,
        ListThingsRequestTypedDict,
        ListThingsResponse,
        ListThingsResponseBody,
        ListThingsResponseBodyTypedDict,
        ListThingsResponseTypedDict,
        Things,
        ThingsTypedDict,
    )
    from .create_thing import (
        CreateThingRequest,
        CreateThingRequestBody,
        CreateThingRequestBodyTypedDict,
        CreateThingRequestTypedDict,
        CreateThingResponse,
        CreateThingResponseBody,
        CreateThingResponseBodyTypedDict,
        CreateThingResponseTypedDict,
    )
    from .import_things import (
        ImportThingsRequestBody,
        ImportThingsRequestBodyTypedDict,
        ImportThingsResponse,
        ImportThingsResponseTypedDict,
    )

__all__ = [
    "ListThingsRequest",
    "ListThingsRequestTypedDict",
    "ListThingsResponse",
    "ListThingsResponseBody",
    "ListThingsResponseBodyTypedDict",
    "ListThingsResponseTypedDict",
    "Things",
    "ThingsTypedDict",
    "CreateThingRequest",
    "CreateThingRequestBody",
    "CreateThingRequestBodyTypedDict",
    "CreateThingRequestTypedDict",
    "CreateThingResponse",
    "CreateThingResponseBody",
    "CreateThingResponseBodyTypedDict",
    "CreateThingResponseTypedDict",
    "ImportThingsRequestBody",
    "ImportThingsRequestBodyTypedDict",
    "ImportThingsResponse",
    "ImportThingsResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "ListThingsRequest": ".list_things",
        "ListThingsRequestTypedDict": ".list_things",
        "ListThingsResponse": ".list_things",
        "ListThingsResponseBody": ".list_things",
        "ListThingsResponseBodyTypedDict": ".list_things",
        "ListThingsResponseTypedDict": ".list_things",
        "Things": ".list_things",
        "ThingsTypedDict": ".list_things",
        "CreateThingRequest": ".create_thing",
        "CreateThingRequestBody": ".create_thing",
        "CreateThingRequestBodyTypedDict": ".create_thing",
        "CreateThingRequestTypedDict": ".create_thing",
        "CreateThingResponse": ".create_thing",
        "CreateThingResponseBody": ".create_thing",
        "CreateThingResponseBodyTypedDict": ".create_thing",
        "CreateThingResponseTypedDict": ".create_thing",
        "ImportThingsRequestBody": ".import_things",
        "ImportThingsRequestBodyTypedDict": ".import_things",
        "ImportThingsResponse": ".import_things",
        "ImportThingsResponseTypedDict": ".import_things",
    },
)
