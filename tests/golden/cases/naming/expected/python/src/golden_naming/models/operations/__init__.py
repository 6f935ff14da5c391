# Generated from spec.yaml. Do not edit.

from .get_3d_models_by_user_id import (
    Get3DModelsByUserIDModelAssets,
    Get3DModelsByUserIDResponse,
    Get3DModelsByUserIDResponseBody,
)
from .create_variation_no_bg import (
    CreateVariationNoBGRequestBody,
    CreateVariationNoBGResponse,
)

__all__ = [
    "Get3DModelsByUserIDModelAssets",
    "Get3DModelsByUserIDResponse",
    "Get3DModelsByUserIDResponseBody",
    "CreateVariationNoBGRequestBody",
    "CreateVariationNoBGResponse",
]
