# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .get_item import (
        GetItemRequest,
        GetItemRequestTypedDict,
        GetItemResponse,
        GetItemResponseTypedDict,
    )
    from .head_items_by_item_id import (
        HeadItemsByItemIDRequest,
        HeadItemsByItemIDRequestTypedDict,
        HeadItemsByItemIDResponse,
        HeadItemsByItemIDResponseTypedDict,
    )
    from .search import (
        Filter,
        FilterTypedDict,
        Point,
        PointTypedDict,
        SearchRequest,
        SearchRequestTypedDict,
        SearchResponse,
        SearchResponseTypedDict,
    )
    from .create_item import CreateItemResponse, CreateItemResponseTypedDict
    from .upload_file import (
        UploadFileRequestBody,
        UploadFileRequestBodyTypedDict,
        UploadFileResponse,
        UploadFileResponseTypedDict,
    )
    from .download_file import (
        DownloadFileRequest,
        DownloadFileRequestTypedDict,
        DownloadFileResponse,
        DownloadFileResponseTypedDict,
    )
    from .put_file import (
        PutFileRequest,
        PutFileRequestTypedDict,
        PutFileResponse,
        PutFileResponseTypedDict,
    )

__all__ = [
    "GetItemRequest",
    "GetItemRequestTypedDict",
    "GetItemResponse",
    "GetItemResponseTypedDict",
    "HeadItemsByItemIDRequest",
    "HeadItemsByItemIDRequestTypedDict",
    "HeadItemsByItemIDResponse",
    "HeadItemsByItemIDResponseTypedDict",
    "Filter",
    "FilterTypedDict",
    "Point",
    "PointTypedDict",
    "SearchRequest",
    "SearchRequestTypedDict",
    "SearchResponse",
    "SearchResponseTypedDict",
    "CreateItemResponse",
    "CreateItemResponseTypedDict",
    "UploadFileRequestBody",
    "UploadFileRequestBodyTypedDict",
    "UploadFileResponse",
    "UploadFileResponseTypedDict",
    "DownloadFileRequest",
    "DownloadFileRequestTypedDict",
    "DownloadFileResponse",
    "DownloadFileResponseTypedDict",
    "PutFileRequest",
    "PutFileRequestTypedDict",
    "PutFileResponse",
    "PutFileResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "GetItemRequest": ".get_item",
        "GetItemRequestTypedDict": ".get_item",
        "GetItemResponse": ".get_item",
        "GetItemResponseTypedDict": ".get_item",
        "HeadItemsByItemIDRequest": ".head_items_by_item_id",
        "HeadItemsByItemIDRequestTypedDict": ".head_items_by_item_id",
        "HeadItemsByItemIDResponse": ".head_items_by_item_id",
        "HeadItemsByItemIDResponseTypedDict": ".head_items_by_item_id",
        "Filter": ".search",
        "FilterTypedDict": ".search",
        "Point": ".search",
        "PointTypedDict": ".search",
        "SearchRequest": ".search",
        "SearchRequestTypedDict": ".search",
        "SearchResponse": ".search",
        "SearchResponseTypedDict": ".search",
        "CreateItemResponse": ".create_item",
        "CreateItemResponseTypedDict": ".create_item",
        "UploadFileRequestBody": ".upload_file",
        "UploadFileRequestBodyTypedDict": ".upload_file",
        "UploadFileResponse": ".upload_file",
        "UploadFileResponseTypedDict": ".upload_file",
        "DownloadFileRequest": ".download_file",
        "DownloadFileRequestTypedDict": ".download_file",
        "DownloadFileResponse": ".download_file",
        "DownloadFileResponseTypedDict": ".download_file",
        "PutFileRequest": ".put_file",
        "PutFileRequestTypedDict": ".put_file",
        "PutFileResponse": ".put_file",
        "PutFileResponseTypedDict": ".put_file",
    },
)
