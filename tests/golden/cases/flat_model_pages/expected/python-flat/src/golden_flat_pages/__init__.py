# Generated from spec.yaml. Do not edit.
"""Pages"""

from .api_client import ApiClient, ApiResponse, ApiResponseWithoutDeserialization
from .client import Pages
from .configuration import Configuration
from .exceptions import (
    ApiException,
    ApiResponseValidationError,
    ApiTypeError,
    ApiValueError,
    OpenApiException,
)
from .schemas import Unset, unset

__version__ = "0.0.1"

__all__ = [
    "Pages",
    "ApiClient",
    "ApiException",
    "ApiResponse",
    "ApiResponseValidationError",
    "ApiResponseWithoutDeserialization",
    "ApiTypeError",
    "ApiValueError",
    "Configuration",
    "OpenApiException",
    "Unset",
    "unset",
]
