# Generated from spec.yaml. Do not edit.

from . import utils
from .models import errors, operations, shared
from .sdk import GoldenSDK
from .sdkconfiguration import SDKConfiguration

__version__ = "0.0.1"

__all__ = ["GoldenSDK", "SDKConfiguration", "errors", "operations", "shared", "utils"]
