# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .get_3d_models_by_user_id import (
        Get3DModelsByUserIDRequest,
        Get3DModelsByUserIDRequestTypedDict,
        Get3DModelsByUserIDResponse,
        Get3DModelsByUserIDResponseBody,
        Get3DModelsByUserIDResponseBodyTypedDict,
        Get3DModelsByUserIDResponseTypedDict,
        ModelAssets,
        ModelAssetsTypedDict,
    )
    from .create_variation_no_bg import (
        CreateVariationNoBGRequestBody,
        CreateVariationNoBGRequestBodyTypedDict,
        CreateVariationNoBGResponse,
        CreateVariationNoBGResponseTypedDict,
    )

__all__ = [
    "Get3DModelsByUserIDRequest",
    "Get3DModelsByUserIDRequestTypedDict",
    "Get3DModelsByUserIDResponse",
    "Get3DModelsByUserIDResponseBody",
    "Get3DModelsByUserIDResponseBodyTypedDict",
    "Get3DModelsByUserIDResponseTypedDict",
    "ModelAssets",
    "ModelAssetsTypedDict",
    "CreateVariationNoBGRequestBody",
    "CreateVariationNoBGRequestBodyTypedDict",
    "CreateVariationNoBGResponse",
    "CreateVariationNoBGResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Get3DModelsByUserIDRequest": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDRequestTypedDict": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponse": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponseBody": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponseBodyTypedDict": ".get_3d_models_by_user_id",
        "Get3DModelsByUserIDResponseTypedDict": ".get_3d_models_by_user_id",
        "ModelAssets": ".get_3d_models_by_user_id",
        "ModelAssetsTypedDict": ".get_3d_models_by_user_id",
        "CreateVariationNoBGRequestBody": ".create_variation_no_bg",
        "CreateVariationNoBGRequestBodyTypedDict": ".create_variation_no_bg",
        "CreateVariationNoBGResponse": ".create_variation_no_bg",
        "CreateVariationNoBGResponseTypedDict": ".create_variation_no_bg",
    },
)
