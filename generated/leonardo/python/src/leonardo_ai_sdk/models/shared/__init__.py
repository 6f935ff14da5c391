# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .canvas_request_type import CanvasRequestType
    from .controlnet_input import ControlnetInput, ControlnetInputTypedDict
    from .controlnet_type import ControlnetType
    from .custom_model_type import CustomModelType
    from .element_input import ElementInput, ElementInputTypedDict
    from .generated_image_variation_generic import (
        GeneratedImageVariationGeneric,
        GeneratedImageVariationGenericTypedDict,
    )
    from .init_image_type import InitImageType
    from .job_status import JobStatus
    from .lcm_generation_output import LcmGenerationOutput, LcmGenerationOutputTypedDict
    from .lcm_generation_style import LcmGenerationStyle
    from .lora import Lora, LoraTypedDict
    from .model_asset_texture_image import (
        ModelAssetTextureImage,
        ModelAssetTextureImageTypedDict,
    )
    from .model_asset_texture_types import ModelAssetTextureTypes
    from .pricing_calculator_services import PricingCalculatorServices
    from .sd_generation_schedulers import SdGenerationSchedulers
    from .sd_generation_style import SdGenerationStyle
    from .sd_versions import SdVersions
    from .security import Security, SecurityTypedDict
    from .strength import Strength
    from .strength_type import StrengthType
    from .universal_upscaler_style import UniversalUpscalerStyle
    from .variation_type import VariationType

__all__ = [
    "CanvasRequestType",
    "ControlnetInput",
    "ControlnetInputTypedDict",
    "ControlnetType",
    "CustomModelType",
    "ElementInput",
    "ElementInputTypedDict",
    "GeneratedImageVariationGeneric",
    "GeneratedImageVariationGenericTypedDict",
    "InitImageType",
    "JobStatus",
    "LcmGenerationOutput",
    "LcmGenerationOutputTypedDict",
    "LcmGenerationStyle",
    "Lora",
    "LoraTypedDict",
    "ModelAssetTextureImage",
    "ModelAssetTextureImageTypedDict",
    "ModelAssetTextureTypes",
    "PricingCalculatorServices",
    "SdGenerationSchedulers",
    "SdGenerationStyle",
    "SdVersions",
    "Security",
    "SecurityTypedDict",
    "Strength",
    "StrengthType",
    "UniversalUpscalerStyle",
    "VariationType",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "CanvasRequestType": ".canvas_request_type",
        "ControlnetInput": ".controlnet_input",
        "ControlnetInputTypedDict": ".controlnet_input",
        "ControlnetType": ".controlnet_type",
        "CustomModelType": ".custom_model_type",
        "ElementInput": ".element_input",
        "ElementInputTypedDict": ".element_input",
        "GeneratedImageVariationGeneric": ".generated_image_variation_generic",
        "GeneratedImageVariationGenericTypedDict": ".generated_image_variation_generic",
        "InitImageType": ".init_image_type",
        "JobStatus": ".job_status",
        "LcmGenerationOutput": ".lcm_generation_output",
        "LcmGenerationOutputTypedDict": ".lcm_generation_output",
        "LcmGenerationStyle": ".lcm_generation_style",
        "Lora": ".lora",
        "LoraTypedDict": ".lora",
        "ModelAssetTextureImage": ".model_asset_texture_image",
        "ModelAssetTextureImageTypedDict": ".model_asset_texture_image",
        "ModelAssetTextureTypes": ".model_asset_texture_types",
        "PricingCalculatorServices": ".pricing_calculator_services",
        "SdGenerationSchedulers": ".sd_generation_schedulers",
        "SdGenerationStyle": ".sd_generation_style",
        "SdVersions": ".sd_versions",
        "Security": ".security",
        "SecurityTypedDict": ".security",
        "Strength": ".strength",
        "StrengthType": ".strength_type",
        "UniversalUpscalerStyle": ".universal_upscaler_style",
        "VariationType": ".variation_type",
    },
)
