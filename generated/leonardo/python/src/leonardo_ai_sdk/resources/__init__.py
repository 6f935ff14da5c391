# Generated from spec/leonardo/openapi.yaml. Do not edit.

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .dataset import Dataset
    from .elements import Elements
    from .image import Image
    from .init_images import InitImages
    from .motion import Motion
    from .models import Models
    from .pricing_calculator import PricingCalculator
    from .prompt import Prompt
    from .realtime_canvas import RealtimeCanvas
    from .texture import Texture
    from .user import User
    from .variation import Variation
    from .three_d_model_assets import ThreeDModelAssets

__all__ = [
    "Dataset",
    "Elements",
    "Image",
    "InitImages",
    "Motion",
    "Models",
    "PricingCalculator",
    "Prompt",
    "RealtimeCanvas",
    "Texture",
    "User",
    "Variation",
    "ThreeDModelAssets",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Dataset": ".dataset",
        "Elements": ".elements",
        "Image": ".image",
        "InitImages": ".init_images",
        "Motion": ".motion",
        "Models": ".models",
        "PricingCalculator": ".pricing_calculator",
        "Prompt": ".prompt",
        "RealtimeCanvas": ".realtime_canvas",
        "Texture": ".texture",
        "User": ".user",
        "Variation": ".variation",
        "ThreeDModelAssets": ".three_d_model_assets",
    },
)
