# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .canvas_request_type import CanvasRequestType as CanvasRequestType
    from .controlnet_input import (
        ControlnetInput as ControlnetInput,
        ControlnetInputTypedDict as ControlnetInputTypedDict,
    )
    from .controlnet_type import ControlnetType as ControlnetType
    from .custom_model_type import CustomModelType as CustomModelType
    from .element_input import (
        ElementInput as ElementInput,
        ElementInputTypedDict as ElementInputTypedDict,
    )
    from .generated_image_variation_generic import (
        GeneratedImageVariationGeneric as GeneratedImageVariationGeneric,
        GeneratedImageVariationGenericTypedDict as GeneratedImageVariationGenericTypedDict,
    )
    from .init_image_type import InitImageType as InitImageType
    from .job_status import JobStatus as JobStatus
    from .lcm_generation_output import (
        LcmGenerationOutput as LcmGenerationOutput,
        LcmGenerationOutputTypedDict as LcmGenerationOutputTypedDict,
    )
    from .lcm_generation_style import LcmGenerationStyle as LcmGenerationStyle
    from .lora import Lora as Lora, LoraTypedDict as LoraTypedDict
    from .model_asset_texture_image import (
        ModelAssetTextureImage as ModelAssetTextureImage,
        ModelAssetTextureImageTypedDict as ModelAssetTextureImageTypedDict,
    )
    from .model_asset_texture_types import (
        ModelAssetTextureTypes as ModelAssetTextureTypes,
    )
    from .pricing_calculator_services import (
        PricingCalculatorServices as PricingCalculatorServices,
    )
    from .sd_generation_schedulers import (
        SdGenerationSchedulers as SdGenerationSchedulers,
    )
    from .sd_generation_style import SdGenerationStyle as SdGenerationStyle
    from .sd_versions import SdVersions as SdVersions
    from .security import Security as Security, SecurityTypedDict as SecurityTypedDict
    from .strength import Strength as Strength
    from .strength_type import StrengthType as StrengthType
    from .universal_upscaler_style import (
        UniversalUpscalerStyle as UniversalUpscalerStyle,
    )
    from .variation_type import VariationType as VariationType

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
