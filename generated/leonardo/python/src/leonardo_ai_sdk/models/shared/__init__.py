# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .canvas_request_type import CanvasRequestType
    from .controlnet_input import ControlnetInput
    from .controlnet_input_init_image_type import ControlnetInputInitImageType
    from .controlnet_input_strength_type import ControlnetInputStrengthType
    from .controlnet_type import ControlnetType
    from .custom_model_type import CustomModelType
    from .element_input import ElementInput
    from .generated_image_variation_generic import GeneratedImageVariationGeneric
    from .job_status import JobStatus
    from .lcm_generation_output import LcmGenerationOutput
    from .lcm_generation_style import LcmGenerationStyle
    from .lora import Lora
    from .model_asset_texture_image import ModelAssetTextureImage
    from .model_asset_texture_types import ModelAssetTextureTypes
    from .pricing_calculator_services import PricingCalculatorServices
    from .sd_generation_schedulers import SdGenerationSchedulers
    from .sd_generation_style import SdGenerationStyle
    from .sd_versions import SdVersions
    from .strength import Strength
    from .universal_upscaler_style import UniversalUpscalerStyle
    from .variation_type import VariationType

__all__ = [
    "CanvasRequestType",
    "ControlnetInput",
    "ControlnetInputInitImageType",
    "ControlnetInputStrengthType",
    "ControlnetType",
    "CustomModelType",
    "ElementInput",
    "GeneratedImageVariationGeneric",
    "JobStatus",
    "LcmGenerationOutput",
    "LcmGenerationStyle",
    "Lora",
    "ModelAssetTextureImage",
    "ModelAssetTextureTypes",
    "PricingCalculatorServices",
    "SdGenerationSchedulers",
    "SdGenerationStyle",
    "SdVersions",
    "Strength",
    "UniversalUpscalerStyle",
    "VariationType",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "CanvasRequestType": ".canvas_request_type",
        "ControlnetInput": ".controlnet_input",
        "ControlnetInputInitImageType": ".controlnet_input_init_image_type",
        "ControlnetInputStrengthType": ".controlnet_input_strength_type",
        "ControlnetType": ".controlnet_type",
        "CustomModelType": ".custom_model_type",
        "ElementInput": ".element_input",
        "GeneratedImageVariationGeneric": ".generated_image_variation_generic",
        "JobStatus": ".job_status",
        "LcmGenerationOutput": ".lcm_generation_output",
        "LcmGenerationStyle": ".lcm_generation_style",
        "Lora": ".lora",
        "ModelAssetTextureImage": ".model_asset_texture_image",
        "ModelAssetTextureTypes": ".model_asset_texture_types",
        "PricingCalculatorServices": ".pricing_calculator_services",
        "SdGenerationSchedulers": ".sd_generation_schedulers",
        "SdGenerationStyle": ".sd_generation_style",
        "SdVersions": ".sd_versions",
        "Strength": ".strength",
        "UniversalUpscalerStyle": ".universal_upscaler_style",
        "VariationType": ".variation_type",
    },
)
