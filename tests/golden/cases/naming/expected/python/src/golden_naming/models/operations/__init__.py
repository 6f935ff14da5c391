# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
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

__getattr__, __dir__ = attach(
    __name__,
    {
        "Get3DModelsByUserIDModelAssets": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponse": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponseBody": ".get_3d_models_by_user_id",
        "CreateVariationNoBGRequestBody": ".create_variation_no_bg",
        "CreateVariationNoBGResponse": ".create_variation_no_bg",
    },
)
