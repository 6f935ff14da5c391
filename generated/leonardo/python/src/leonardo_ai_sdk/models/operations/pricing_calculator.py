# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CalculateProductionAPIServiceCost(BaseModel):
    non_nullable_fields = frozenset({"cost"})

    cost: Optional[int] = None
    """API service cost to generate the image."""


class CalculateProductionAPIServiceCostTypedDict(TypedDict):
    cost: NotRequired[Optional[int]]
    """API service cost to generate the image."""


class PricingCalculatorPricingCalculatorObject(BaseModel):
    """Parameters for IMAGE_GENERATION service"""

    non_nullable_fields = frozenset(
        {
            "image_height",
            "image_width",
            "num_images",
            "inference_steps",
            "alchemy_mode",
            "high_resolution",
        }
    )

    image_height: Annotated[Optional[int], pydantic.Field(alias="imageHeight")] = None
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    image_width: Annotated[Optional[int], pydantic.Field(alias="imageWidth")] = None
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    num_images: Annotated[Optional[int], pydantic.Field(alias="numImages")] = None
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""
    inference_steps: Annotated[
        Optional[int], pydantic.Field(alias="inferenceSteps")
    ] = None
    """The Step Count to use for the generation. Must be between 10 and 60."""
    prompt_magic: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="promptMagic")
    ] = UNSET
    """Enable to use Prompt Magic."""
    prompt_magic_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="promptMagicStrength")
    ] = UNSET
    """Strength of prompt magic. Must be a float between 0.1 and 1.0"""
    prompt_magic_version: Annotated[
        OptionalNullable[str], pydantic.Field(alias="promptMagicVersion")
    ] = UNSET
    """Prompt magic version v2 or v3, for use when promptMagic: true"""
    alchemy_mode: Annotated[Optional[bool], pydantic.Field(alias="alchemyMode")] = None
    """Enable to use Alchemy."""
    high_resolution: Annotated[
        Optional[bool], pydantic.Field(alias="highResolution")
    ] = None
    """Enable to use high resolution."""
    lora_count: Annotated[OptionalNullable[int], pydantic.Field(alias="loraCount")] = (
        UNSET
    )
    """The number of elements used for the generation."""
    is_model_custom: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="isModelCustom")
    ] = UNSET
    """Enable to use custom model."""
    controlnets_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="controlnetsCost")
    ] = UNSET
    """The total cost of controlnets input."""
    is_phoenix: Annotated[OptionalNullable[bool], pydantic.Field(alias="isPhoenix")] = (
        UNSET
    )
    """Enable to use Phoenix model."""
    is_sdxl: Annotated[OptionalNullable[bool], pydantic.Field(alias="isSDXL")] = UNSET
    """Enable to use SDXL model."""
    is_sdxl_lightning: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="isSDXLLightning")
    ] = UNSET
    """Enable to use SDXL Lightning model."""


class PricingCalculatorPricingCalculatorObjectTypedDict(TypedDict):
    """Parameters for IMAGE_GENERATION service"""

    image_height: NotRequired[Optional[int]]
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    image_width: NotRequired[Optional[int]]
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    num_images: NotRequired[Optional[int]]
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""
    inference_steps: NotRequired[Optional[int]]
    """The Step Count to use for the generation. Must be between 10 and 60."""
    prompt_magic: NotRequired[Optional[bool]]
    """Enable to use Prompt Magic."""
    prompt_magic_strength: NotRequired[Optional[float]]
    """Strength of prompt magic. Must be a float between 0.1 and 1.0"""
    prompt_magic_version: NotRequired[Optional[str]]
    """Prompt magic version v2 or v3, for use when promptMagic: true"""
    alchemy_mode: NotRequired[Optional[bool]]
    """Enable to use Alchemy."""
    high_resolution: NotRequired[Optional[bool]]
    """Enable to use high resolution."""
    lora_count: NotRequired[Optional[int]]
    """The number of elements used for the generation."""
    is_model_custom: NotRequired[Optional[bool]]
    """Enable to use custom model."""
    controlnets_cost: NotRequired[Optional[int]]
    """The total cost of controlnets input."""
    is_phoenix: NotRequired[Optional[bool]]
    """Enable to use Phoenix model."""
    is_sdxl: NotRequired[Optional[bool]]
    """Enable to use SDXL model."""
    is_sdxl_lightning: NotRequired[Optional[bool]]
    """Enable to use SDXL Lightning model."""


class PricingCalculatorObject(BaseModel):
    """Parameters for FANTASY_AVATAR_GENERATION service"""

    non_nullable_fields = frozenset({"image_height", "image_width", "num_images"})

    image_height: Annotated[Optional[int], pydantic.Field(alias="imageHeight")] = None
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    image_width: Annotated[Optional[int], pydantic.Field(alias="imageWidth")] = None
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    num_images: Annotated[Optional[int], pydantic.Field(alias="numImages")] = None
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""


class PricingCalculatorObjectTypedDict(TypedDict):
    """Parameters for FANTASY_AVATAR_GENERATION service"""

    image_height: NotRequired[Optional[int]]
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    image_width: NotRequired[Optional[int]]
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features"""
    num_images: NotRequired[Optional[int]]
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObject(
    BaseModel
):
    """Parameters for MOTION_GENERATION service"""

    non_nullable_fields = frozenset({"duration_seconds"})

    duration_seconds: Annotated[
        Optional[int], pydantic.Field(alias="durationSeconds")
    ] = None
    """The total duration of the motion generation in seconds."""


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObjectTypedDict(
    TypedDict
):
    """Parameters for MOTION_GENERATION service"""

    duration_seconds: NotRequired[Optional[int]]
    """The total duration of the motion generation in seconds."""


class PricingCalculatorPricingCalculatorRequestObject(BaseModel):
    """Parameters for LCM_GENERATION service"""

    height: OptionalNullable[int] = UNSET
    """The output height of the image. Must be 512, 640 or 1024."""
    width: OptionalNullable[int] = UNSET
    """The output width of the image. Must be 512, 640 or 1024."""
    instant_refine: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="instantRefine")
    ] = UNSET
    """Enable for instant upscale"""
    refine: OptionalNullable[bool] = UNSET
    """Enable for normal alchemy upscale"""


class PricingCalculatorPricingCalculatorRequestObjectTypedDict(TypedDict):
    """Parameters for LCM_GENERATION service"""

    height: NotRequired[Optional[int]]
    """The output height of the image. Must be 512, 640 or 1024."""
    width: NotRequired[Optional[int]]
    """The output width of the image. Must be 512, 640 or 1024."""
    instant_refine: NotRequired[Optional[bool]]
    """Enable for instant upscale"""
    refine: NotRequired[Optional[bool]]
    """Enable for normal alchemy upscale"""


class PricingCalculatorPricingCalculatorRequestRequestBodyObject(BaseModel):
    """Parameters for MODEL_TRAINING service"""

    non_nullable_fields = frozenset({"resolution"})

    resolution: Optional[int] = None
    """The resolution for training. Must be 512 or 768."""


class PricingCalculatorPricingCalculatorRequestRequestBodyObjectTypedDict(TypedDict):
    """Parameters for MODEL_TRAINING service"""

    resolution: NotRequired[Optional[int]]
    """The resolution for training. Must be 512 or 768."""


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObject(
    BaseModel
):
    """Parameters for TEXTURE_GENERATION service"""

    non_nullable_fields = frozenset({"preview"})

    preview: Optional[bool] = None


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObjectTypedDict(
    TypedDict
):
    """Parameters for TEXTURE_GENERATION service"""

    preview: NotRequired[Optional[bool]]


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObject(
    BaseModel
):
    """Parameters for UNIVERSAL_UPSCALER service"""

    non_nullable_fields = frozenset({"megapixel"})

    megapixel: Optional[int] = None
    """The maximum upscaled image size is 20 megapixels."""


class PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObjectTypedDict(
    TypedDict
):
    """Parameters for UNIVERSAL_UPSCALER service"""

    megapixel: NotRequired[Optional[int]]
    """The maximum upscaled image size is 20 megapixels."""


class Object(BaseModel):
    """Parameters for the service"""

    image_generation: Annotated[
        OptionalNullable[PricingCalculatorPricingCalculatorObject],
        pydantic.Field(alias="IMAGE_GENERATION"),
    ] = UNSET
    """Parameters for IMAGE_GENERATION service"""
    fantasy_avatar_generation: Annotated[
        OptionalNullable[PricingCalculatorObject],
        pydantic.Field(alias="FANTASY_AVATAR_GENERATION"),
    ] = UNSET
    """Parameters for FANTASY_AVATAR_GENERATION service"""
    motion_generation: Annotated[
        OptionalNullable[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObject
        ],
        pydantic.Field(alias="MOTION_GENERATION"),
    ] = UNSET
    """Parameters for MOTION_GENERATION service"""
    lcm_generation: Annotated[
        OptionalNullable[PricingCalculatorPricingCalculatorRequestObject],
        pydantic.Field(alias="LCM_GENERATION"),
    ] = UNSET
    """Parameters for LCM_GENERATION service"""
    model_training: Annotated[
        OptionalNullable[PricingCalculatorPricingCalculatorRequestRequestBodyObject],
        pydantic.Field(alias="MODEL_TRAINING"),
    ] = UNSET
    """Parameters for MODEL_TRAINING service"""
    texture_generation: Annotated[
        OptionalNullable[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObject
        ],
        pydantic.Field(alias="TEXTURE_GENERATION"),
    ] = UNSET
    """Parameters for TEXTURE_GENERATION service"""
    universal_upscaler: Annotated[
        OptionalNullable[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObject
        ],
        pydantic.Field(alias="UNIVERSAL_UPSCALER"),
    ] = UNSET
    """Parameters for UNIVERSAL_UPSCALER service"""


class ObjectTypedDict(TypedDict):
    """Parameters for the service"""

    image_generation: NotRequired[
        Optional[PricingCalculatorPricingCalculatorObjectTypedDict]
    ]
    """Parameters for IMAGE_GENERATION service"""
    fantasy_avatar_generation: NotRequired[Optional[PricingCalculatorObjectTypedDict]]
    """Parameters for FANTASY_AVATAR_GENERATION service"""
    motion_generation: NotRequired[
        Optional[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObjectTypedDict
        ]
    ]
    """Parameters for MOTION_GENERATION service"""
    lcm_generation: NotRequired[
        Optional[PricingCalculatorPricingCalculatorRequestObjectTypedDict]
    ]
    """Parameters for LCM_GENERATION service"""
    model_training: NotRequired[
        Optional[PricingCalculatorPricingCalculatorRequestRequestBodyObjectTypedDict]
    ]
    """Parameters for MODEL_TRAINING service"""
    texture_generation: NotRequired[
        Optional[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObjectTypedDict
        ]
    ]
    """Parameters for TEXTURE_GENERATION service"""
    universal_upscaler: NotRequired[
        Optional[
            PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObjectTypedDict
        ]
    ]
    """Parameters for UNIVERSAL_UPSCALER service"""


class PricingCalculatorRequestBody(BaseModel):
    non_nullable_fields = frozenset({"service", "service_params"})

    service: Optional[shared.PricingCalculatorServices] = None
    """The services to be chosen for calculating the API credit cost."""
    service_params: Annotated[
        Optional[Object], pydantic.Field(alias="serviceParams")
    ] = None
    """Parameters for the service"""


class PricingCalculatorRequestBodyTypedDict(TypedDict):
    service: NotRequired[Optional[shared.PricingCalculatorServices]]
    """The services to be chosen for calculating the API credit cost."""
    service_params: NotRequired[Optional[ObjectTypedDict]]
    """Parameters for the service"""


class PricingCalculatorResponseBody(BaseModel):
    calculate_production_api_service_cost: Annotated[
        OptionalNullable[CalculateProductionAPIServiceCost],
        pydantic.Field(alias="calculateProductionApiServiceCost"),
    ] = UNSET


class PricingCalculatorResponseBodyTypedDict(TypedDict):
    calculate_production_api_service_cost: NotRequired[
        Optional[CalculateProductionAPIServiceCostTypedDict]
    ]


class PricingCalculatorResponse(OperationResponse):
    object: Optional[PricingCalculatorResponseBody] = None
    """The parsed response body"""


class PricingCalculatorResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[PricingCalculatorResponseBodyTypedDict]]
    """The parsed response body"""
