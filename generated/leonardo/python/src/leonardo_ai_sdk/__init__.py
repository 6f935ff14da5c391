# Generated from spec/leonardo/openapi.yaml. Do not edit.

from . import utils
from .models import errors, operations, shared
from .sdk import LeonardoAiSDK
from .sdkconfiguration import SDKConfiguration

__version__ = "1.0.0"

__all__ = [
    "LeonardoAiSDK",
    "SDKConfiguration",
    "errors",
    "operations",
    "shared",
    "utils",
]
