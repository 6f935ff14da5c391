# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .get_3d_models_by_user_id import *
    from .create_variation_no_bg import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".get_3d_models_by_user_id": "Get3DModelsByUserIDRequest Get3DModelsByUserIDRequestTypedDict Get3DModelsByUserIDResponse Get3DModelsByUserIDResponseBody Get3DModelsByUserIDResponseBodyTypedDict Get3DModelsByUserIDResponseTypedDict ModelAssets ModelAssetsTypedDict",
        ".create_variation_no_bg": "CreateVariationNoBGRequestBody CreateVariationNoBGRequestBodyTypedDict CreateVariationNoBGResponse CreateVariationNoBGResponseTypedDict",
    },
)
