# Generated from spec.yaml. Do not edit.
"""GoldenSDK and the models of the API. Modules load on first use."""

from ._lazy import attach

TYPE_CHECKING = False

if TYPE_CHECKING:
    from . import utils
    from .models import errors, operations, shared
    from .sdk import GoldenSDK
    from .sdkconfiguration import SDKConfiguration

__version__ = "0.0.1"

__all__ = ["GoldenSDK", "SDKConfiguration", "errors", "operations", "shared", "utils"]

__getattr__, __dir__ = attach(
    __name__,
    {
        "GoldenSDK": ".sdk",
        "SDKConfiguration": ".sdkconfiguration",
        "errors": ".models.errors",
        "operations": ".models.operations",
        "shared": ".models.shared",
        "utils": ".utils",
    },
)
