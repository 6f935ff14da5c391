# Generated from spec.yaml. Do not edit.

from .three_d_model_assets import ThreeDModelAssets
from .realtime_canvas import RealtimeCanvas

__all__ = [
    "ThreeDModelAssets",
    "RealtimeCanvas",
]
