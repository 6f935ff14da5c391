# Generated from spec.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .three_d_model_assets import ThreeDModelAssets
    from .realtime_canvas import RealtimeCanvas

__all__ = [
    "ThreeDModelAssets",
    "RealtimeCanvas",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "ThreeDModelAssets": ".three_d_model_assets",
        "RealtimeCanvas": ".realtime_canvas",
    },
)
