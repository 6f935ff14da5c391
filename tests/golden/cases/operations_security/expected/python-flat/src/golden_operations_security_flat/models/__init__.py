# Generated from spec.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from golden_operations_security_flat.models import X`."""

from ..model.created import Created, CreatedSchema
from ..model.item import Item, ItemSchema
from ..model.item_tags import ItemTags, ItemTagsSchema
from ..model.problem import Problem, ProblemSchema
from ..model.search_filter import SearchFilter, SearchFilterSchema
from ..model.search_point import SearchPoint, SearchPointSchema
from ..model.upload_file_request_body import (
    UploadFileRequestBody,
    UploadFileRequestBodySchema,
)
from ..model.upload_file_request_body_tags import (
    UploadFileRequestBodyTags,
    UploadFileRequestBodyTagsSchema,
)

__all__ = [
    "Created",
    "CreatedSchema",
    "Item",
    "ItemSchema",
    "ItemTags",
    "ItemTagsSchema",
    "Problem",
    "ProblemSchema",
    "SearchFilter",
    "SearchFilterSchema",
    "SearchPoint",
    "SearchPointSchema",
    "UploadFileRequestBody",
    "UploadFileRequestBodySchema",
    "UploadFileRequestBodyTags",
    "UploadFileRequestBodyTagsSchema",
]
