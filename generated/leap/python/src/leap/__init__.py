# Generated from spec/leap/openapi.yaml. Do not edit.
"""Leap

The Official Leap API"""

from .api_client import ApiClient, ApiResponse, ApiResponseWithoutDeserialization
from .client import Leap
from .configuration import Configuration
from .exceptions import (
    ApiException,
    ApiResponseValidationError,
    ApiTypeError,
    ApiValueError,
    OpenApiException,
)
from .schemas import Unset, unset

__version__ = "1.0.0"

__all__ = [
    "Leap",
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
