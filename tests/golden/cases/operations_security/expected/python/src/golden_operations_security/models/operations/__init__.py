# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .get_item import *
    from .head_items_by_item_id import *
    from .search import *
    from .create_item import *
    from .upload_file import *
    from .download_file import *
    from .put_file import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".get_item": "GetItemRequest GetItemRequestTypedDict GetItemResponse GetItemResponseTypedDict",
        ".head_items_by_item_id": "HeadItemsByItemIDRequest HeadItemsByItemIDRequestTypedDict HeadItemsByItemIDResponse HeadItemsByItemIDResponseTypedDict",
        ".search": "Filter FilterTypedDict Point PointTypedDict SearchRequest SearchRequestTypedDict SearchResponse SearchResponseTypedDict",
        ".create_item": "CreateItemResponse CreateItemResponseTypedDict",
        ".upload_file": "UploadFileRequestBody UploadFileRequestBodyTypedDict UploadFileResponse UploadFileResponseTypedDict",
        ".download_file": "DownloadFileRequest DownloadFileRequestTypedDict DownloadFileResponse DownloadFileResponseTypedDict",
        ".put_file": "PutFileRequest PutFileRequestTypedDict PutFileResponse PutFileResponseTypedDict",
    },
)
