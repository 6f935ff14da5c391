# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""LeonardoAiSDK and the models of the API. Modules load on first use."""

from ._lazy import attach

TYPE_CHECKING = False

if TYPE_CHECKING:
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

__getattr__, __dir__ = attach(
    __name__,
    {
        "LeonardoAiSDK": ".sdk",
        "SDKConfiguration": ".sdkconfiguration",
        "errors": ".models.errors",
        "operations": ".models.operations",
        "shared": ".models.shared",
        "utils": ".utils",
    },
)
