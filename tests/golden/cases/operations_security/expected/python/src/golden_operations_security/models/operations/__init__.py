# Generated from spec.yaml. Do not edit.

from .get_item import GetItemResponse
from .head_items_by_item_id import HeadItemsByItemIDResponse
from .search import SearchFilter, SearchPoint, SearchResponse
from .create_item import CreateItemResponse
from .upload_file import UploadFileRequestBody, UploadFileResponse
from .download_file import DownloadFileResponse
from .put_file import PutFileResponse

__all__ = [
    "GetItemResponse",
    "HeadItemsByItemIDResponse",
    "SearchFilter",
    "SearchPoint",
    "SearchResponse",
    "CreateItemResponse",
    "UploadFileRequestBody",
    "UploadFileResponse",
    "DownloadFileResponse",
    "PutFileResponse",
]
