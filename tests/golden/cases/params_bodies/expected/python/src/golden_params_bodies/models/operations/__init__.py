# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .list_things import *
    from .create_thing import *
    from .import_things import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".list_things": "ListThingsRequest ListThingsRequestTypedDict ListThingsResponse ListThingsResponseBody ListThingsResponseBodyTypedDict ListThingsResponseTypedDict Things ThingsTypedDict",
        ".create_thing": "CreateThingRequest CreateThingRequestBody CreateThingRequestBodyTypedDict CreateThingRequestTypedDict CreateThingResponse CreateThingResponseBody CreateThingResponseBodyTypedDict CreateThingResponseTypedDict",
        ".import_things": "ImportThingsRequestBody ImportThingsRequestBodyTypedDict ImportThingsResponse ImportThingsResponseTypedDict",
    },
)
