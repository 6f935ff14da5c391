# Generated from spec.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .conflict import Conflict, ConflictSchema
from .created import Created, CreatedSchema
from .item import Item, ItemSchema
from .item_tags import ItemTags, ItemTagsSchema
from .locked import Locked, LockedSchema
from .problem import Problem, ProblemSchema
from .search_filter import SearchFilter, SearchFilterSchema
from .search_point import SearchPoint, SearchPointSchema
from .upload_file_request_body import UploadFileRequestBody, UploadFileRequestBodySchema
from .upload_file_request_body_tags import (
    UploadFileRequestBodyTags,
    UploadFileRequestBodyTagsSchema,
)

__all__ = [
    "Conflict",
    "ConflictSchema",
    "Created",
    "CreatedSchema",
    "Item",
    "ItemSchema",
    "ItemTags",
    "ItemTagsSchema",
    "Locked",
    "LockedSchema",
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
