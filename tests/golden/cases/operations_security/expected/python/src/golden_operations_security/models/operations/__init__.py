# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .get_item import (
        GetItemRequest as GetItemRequest,
        GetItemRequestTypedDict as GetItemRequestTypedDict,
        GetItemResponse as GetItemResponse,
        GetItemResponseTypedDict as GetItemResponseTypedDict,
    )
    from .head_items_by_item_id import (
        HeadItemsByItemIDRequest as HeadItemsByItemIDRequest,
        HeadItemsByItemIDRequestTypedDict as HeadItemsByItemIDRequestTypedDict,
        HeadItemsByItemIDResponse as HeadItemsByItemIDResponse,
        HeadItemsByItemIDResponseTypedDict as HeadItemsByItemIDResponseTypedDict,
    )
    from .search import (
        Filter as Filter,
        FilterTypedDict as FilterTypedDict,
        Point as Point,
        PointTypedDict as PointTypedDict,
        SearchRequest as SearchRequest,
        SearchRequestTypedDict as SearchRequestTypedDict,
        SearchResponse as SearchResponse,
        SearchResponseTypedDict as SearchResponseTypedDict,
    )
    from .create_item import (
        CreateItemResponse as CreateItemResponse,
        CreateItemResponseTypedDict as CreateItemResponseTypedDict,
    )
    from .upload_file import (
        UploadFileRequestBody as UploadFileRequestBody,
        UploadFileRequestBodyTypedDict as UploadFileRequestBodyTypedDict,
        UploadFileResponse as UploadFileResponse,
        UploadFileResponseTypedDict as UploadFileResponseTypedDict,
    )
    from .download_file import (
        DownloadFileRequest as DownloadFileRequest,
        DownloadFileRequestTypedDict as DownloadFileRequestTypedDict,
        DownloadFileResponse as DownloadFileResponse,
        DownloadFileResponseTypedDict as DownloadFileResponseTypedDict,
    )
    from .put_file import (
        PutFileRequest as PutFileRequest,
        PutFileRequestTypedDict as PutFileRequestTypedDict,
        PutFileResponse as PutFileResponse,
        PutFileResponseTypedDict as PutFileResponseTypedDict,
    )

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
