# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .canvas_request_type import *
    from .controlnet_input import *
    from .controlnet_type import *
    from .custom_model_type import *
    from .element_input import *
    from .generated_image_variation_generic import *
    from .init_image_type import *
    from .job_status import *
    from .lcm_generation_output import *
    from .lcm_generation_style import *
    from .lora import *
    from .model_asset_texture_image import *
    from .model_asset_texture_types import *
    from .pricing_calculator_services import *
    from .sd_generation_schedulers import *
    from .sd_generation_style import *
    from .sd_versions import *
    from .security import *
    from .strength import *
    from .strength_type import *
    from .universal_upscaler_style import *
    from .variation_type import *

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".canvas_request_type": "CanvasRequestType",
        ".controlnet_input": "ControlnetInput ControlnetInputTypedDict",
        ".controlnet_type": "ControlnetType",
        ".custom_model_type": "CustomModelType",
        ".element_input": "ElementInput ElementInputTypedDict",
        ".generated_image_variation_generic": "GeneratedImageVariationGeneric GeneratedImageVariationGenericTypedDict",
        ".init_image_type": "InitImageType",
        ".job_status": "JobStatus",
        ".lcm_generation_output": "LcmGenerationOutput LcmGenerationOutputTypedDict",
        ".lcm_generation_style": "LcmGenerationStyle",
        ".lora": "Lora LoraTypedDict",
        ".model_asset_texture_image": "ModelAssetTextureImage ModelAssetTextureImageTypedDict",
        ".model_asset_texture_types": "ModelAssetTextureTypes",
        ".pricing_calculator_services": "PricingCalculatorServices",
        ".sd_generation_schedulers": "SdGenerationSchedulers",
        ".sd_generation_style": "SdGenerationStyle",
        ".sd_versions": "SdVersions",
        ".security": "Security SecurityTypedDict",
        ".strength": "Strength",
        ".strength_type": "StrengthType",
        ".universal_upscaler_style": "UniversalUpscalerStyle",
        ".variation_type": "VariationType",
    },
)
