# Generated from spec/leonardo/openapi.yaml. Do not edit.

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
