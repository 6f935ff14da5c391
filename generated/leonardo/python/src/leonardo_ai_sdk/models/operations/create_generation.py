# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class TransparencyType(str, Enum, metaclass=OpenEnumMeta):
    """Which type of transparency this image should use"""

    DISABLED = "disabled"
    FOREGROUND_ONLY = "foreground_only"


class CreateGenerationRequestBody(BaseModel):
    non_nullable_fields = frozenset({"scheduler", "sd_version", "control_net_type"})

    always_send_fields = frozenset({"prompt"})

    deprecated_fields = {
        "control_net": "it will be removed from the API. This parameter will be deprecated in September 2024. Please use the controlnets array instead.",
        "control_net_type": "it will be removed from the API. This parameter will be deprecated in September 2024. Please use the controlnets array instead.",
        "weighting": "it will be removed from the API. This parameter will be deprecated in September 2024. Please use the controlnets array instead.",
    }

    alchemy: OptionalNullable[bool] = UNSET
    """Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the specified model. For example, XL models will use Alchemy V2."""
    contrast_ratio: Annotated[
        OptionalNullable[float], pydantic.Field(alias="contrastRatio")
    ] = UNSET
    """Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive."""
    controlnets: OptionalNullable[List[shared.ControlnetInput]] = UNSET
    elements: OptionalNullable[List[shared.ElementInput]] = UNSET
    expanded_domain: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="expandedDomain")
    ] = UNSET
    """Enable to use the Expanded Domain feature of Alchemy."""
    fantasy_avatar: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="fantasyAvatar")
    ] = UNSET
    """Enable to use the Fantasy Avatar feature."""
    guidance_scale: OptionalNullable[int] = UNSET
    """How strongly the generation should reflect the prompt. 7 is recommended. Must be between 1 and 20."""
    height: OptionalNullable[int] = UNSET
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features."""
    high_contrast: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="highContrast")
    ] = UNSET
    """Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW mode. Set to false to enable RAW mode."""
    high_resolution: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="highResolution")
    ] = UNSET
    """Enable to use the High Resolution feature of Prompt Magic."""
    image_prompts: Annotated[
        OptionalNullable[List[Optional[str]]], pydantic.Field(alias="imagePrompts")
    ] = UNSET
    image_prompt_weight: Annotated[
        OptionalNullable[float], pydantic.Field(alias="imagePromptWeight")
    ] = UNSET
    init_generation_image_id: OptionalNullable[str] = UNSET
    """The ID of an existing image to use in image2image."""
    init_image_id: OptionalNullable[str] = UNSET
    """The ID of an Init Image to use in image2image."""
    init_strength: OptionalNullable[float] = UNSET
    """How strongly the generated images should reflect the original image in image2image. Must be a float between 0.1 and 0.9."""
    model_id: Annotated[OptionalNullable[str], pydantic.Field(alias="modelId")] = UNSET
    """The model ID used for image generation. If not provided, uses sd_version to determine the version of Stable Diffusion to use. In-app, model IDs are under the Finetune Models menu. Click on the platform model or your custom model, then click View More. For platform models, you can also use the List Platform Models API."""
    negative_prompt: OptionalNullable[str] = UNSET
    """The negative prompt used for the image generation"""
    num_images: OptionalNullable[int] = UNSET
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""
    num_inference_steps: OptionalNullable[int] = UNSET
    """The Step Count to use for the generation. Must be between 10 and 60. Default is 15."""
    photo_real: Annotated[OptionalNullable[bool], pydantic.Field(alias="photoReal")] = (
        UNSET
    )
    """Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1)."""
    photo_real_version: Annotated[
        OptionalNullable[str], pydantic.Field(alias="photoRealVersion")
    ] = UNSET
    """The version of photoReal to use. Must be v1 or v2."""
    photo_real_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="photoRealStrength")
    ] = UNSET
    """Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or 0.45 for high. Defaults to 0.55 if not specified."""
    preset_style: Annotated[
        OptionalNullable[shared.SdGenerationStyle], pydantic.Field(alias="presetStyle")
    ] = UNSET
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE."""
    prompt: str = "A majestic cat in the snow"
    """The prompt used to generate images"""
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
    public: OptionalNullable[bool] = UNSET
    """Whether the generated images should show in the community feed."""
    scheduler: Optional[shared.SdGenerationSchedulers] = None
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""
    sd_version: Optional[shared.SdVersions] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    seed: OptionalNullable[int] = UNSET
    tiling: OptionalNullable[bool] = UNSET
    """Whether the generated images should tile on all axis."""
    transparency: OptionalNullable[TransparencyType] = UNSET
    """Which type of transparency this image should use"""
    unzoom: OptionalNullable[bool] = UNSET
    """Whether the generated images should be unzoomed (requires unzoomAmount and init_image_id to be set)."""
    unzoom_amount: Annotated[
        OptionalNullable[float], pydantic.Field(alias="unzoomAmount")
    ] = UNSET
    """How much the image should be unzoomed (requires an init_image_id and unzoom to be set to true)."""
    upscale_ratio: Annotated[
        OptionalNullable[float], pydantic.Field(alias="upscaleRatio")
    ] = UNSET
    """How much the image should be upscaled. (Enterprise Only)"""
    width: OptionalNullable[int] = UNSET
    """The input width of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features."""
    control_net: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="controlNet")
    ] = UNSET
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    control_net_type: Annotated[
        Optional[shared.ControlnetType], pydantic.Field(alias="controlNetType")
    ] = None
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    weighting: OptionalNullable[float] = UNSET
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    canvas_request: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="canvasRequest")
    ] = UNSET
    """Whether the generation is for the Canvas Editor feature."""
    canvas_request_type: Annotated[
        OptionalNullable[shared.CanvasRequestType],
        pydantic.Field(alias="canvasRequestType"),
    ] = UNSET
    """The type of request for the Canvas Editor."""
    canvas_init_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="canvasInitId")
    ] = UNSET
    """The ID of an initial image to use in Canvas Editor request."""
    canvas_mask_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="canvasMaskId")
    ] = UNSET
    """The ID of a mask image to use in Canvas Editor request."""


class CreateGenerationRequestBodyTypedDict(TypedDict):
    alchemy: NotRequired[Optional[bool]]
    """Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the specified model. For example, XL models will use Alchemy V2."""
    contrast_ratio: NotRequired[Optional[float]]
    """Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive."""
    controlnets: NotRequired[Optional[List[shared.ControlnetInputTypedDict]]]
    elements: NotRequired[Optional[List[shared.ElementInputTypedDict]]]
    expanded_domain: NotRequired[Optional[bool]]
    """Enable to use the Expanded Domain feature of Alchemy."""
    fantasy_avatar: NotRequired[Optional[bool]]
    """Enable to use the Fantasy Avatar feature."""
    guidance_scale: NotRequired[Optional[int]]
    """How strongly the generation should reflect the prompt. 7 is recommended. Must be between 1 and 20."""
    height: NotRequired[Optional[int]]
    """The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features."""
    high_contrast: NotRequired[Optional[bool]]
    """Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW mode. Set to false to enable RAW mode."""
    high_resolution: NotRequired[Optional[bool]]
    """Enable to use the High Resolution feature of Prompt Magic."""
    image_prompts: NotRequired[Optional[List[Optional[str]]]]
    image_prompt_weight: NotRequired[Optional[float]]
    init_generation_image_id: NotRequired[Optional[str]]
    """The ID of an existing image to use in image2image."""
    init_image_id: NotRequired[Optional[str]]
    """The ID of an Init Image to use in image2image."""
    init_strength: NotRequired[Optional[float]]
    """How strongly the generated images should reflect the original image in image2image. Must be a float between 0.1 and 0.9."""
    model_id: NotRequired[Optional[str]]
    """The model ID used for image generation. If not provided, uses sd_version to determine the version of Stable Diffusion to use. In-app, model IDs are under the Finetune Models menu. Click on the platform model or your custom model, then click View More. For platform models, you can also use the List Platform Models API."""
    negative_prompt: NotRequired[Optional[str]]
    """The negative prompt used for the image generation"""
    num_images: NotRequired[Optional[int]]
    """The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."""
    num_inference_steps: NotRequired[Optional[int]]
    """The Step Count to use for the generation. Must be between 10 and 60. Default is 15."""
    photo_real: NotRequired[Optional[bool]]
    """Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1)."""
    photo_real_version: NotRequired[Optional[str]]
    """The version of photoReal to use. Must be v1 or v2."""
    photo_real_strength: NotRequired[Optional[float]]
    """Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or 0.45 for high. Defaults to 0.55 if not specified."""
    preset_style: NotRequired[Optional[shared.SdGenerationStyle]]
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE."""
    prompt: NotRequired[str]
    """The prompt used to generate images"""
    prompt_magic: NotRequired[Optional[bool]]
    """Enable to use Prompt Magic."""
    prompt_magic_strength: NotRequired[Optional[float]]
    """Strength of prompt magic. Must be a float between 0.1 and 1.0"""
    prompt_magic_version: NotRequired[Optional[str]]
    """Prompt magic version v2 or v3, for use when promptMagic: true"""
    public: NotRequired[Optional[bool]]
    """Whether the generated images should show in the community feed."""
    scheduler: NotRequired[Optional[shared.SdGenerationSchedulers]]
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""
    sd_version: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    seed: NotRequired[Optional[int]]
    tiling: NotRequired[Optional[bool]]
    """Whether the generated images should tile on all axis."""
    transparency: NotRequired[Optional[TransparencyType]]
    """Which type of transparency this image should use"""
    unzoom: NotRequired[Optional[bool]]
    """Whether the generated images should be unzoomed (requires unzoomAmount and init_image_id to be set)."""
    unzoom_amount: NotRequired[Optional[float]]
    """How much the image should be unzoomed (requires an init_image_id and unzoom to be set to true)."""
    upscale_ratio: NotRequired[Optional[float]]
    """How much the image should be upscaled. (Enterprise Only)"""
    width: NotRequired[Optional[int]]
    """The input width of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features."""
    control_net: NotRequired[Optional[bool]]
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    control_net_type: NotRequired[Optional[shared.ControlnetType]]
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    weighting: NotRequired[Optional[float]]
    """This parameter will be deprecated in September 2024. Please use the controlnets array instead."""
    canvas_request: NotRequired[Optional[bool]]
    """Whether the generation is for the Canvas Editor feature."""
    canvas_request_type: NotRequired[Optional[shared.CanvasRequestType]]
    """The type of request for the Canvas Editor."""
    canvas_init_id: NotRequired[Optional[str]]
    """The ID of an initial image to use in Canvas Editor request."""
    canvas_mask_id: NotRequired[Optional[str]]
    """The ID of a mask image to use in Canvas Editor request."""


class SDGenerationOutput(BaseModel):
    non_nullable_fields = frozenset({"generation_id"})

    generation_id: Annotated[Optional[str], pydantic.Field(alias="generationId")] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Image Generation. Available for Production API Users."""


class SDGenerationOutputTypedDict(TypedDict):
    generation_id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Image Generation. Available for Production API Users."""


class CreateGenerationResponseBody(BaseModel):
    sd_generation_job: Annotated[
        OptionalNullable[SDGenerationOutput], pydantic.Field(alias="sdGenerationJob")
    ] = UNSET


class CreateGenerationResponseBodyTypedDict(TypedDict):
    sd_generation_job: NotRequired[Optional[SDGenerationOutputTypedDict]]


class CreateGenerationResponse(OperationResponse):
    object: Optional[CreateGenerationResponseBody] = None
    """The parsed response body"""


class CreateGenerationResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateGenerationResponseBodyTypedDict]]
    """The parsed response body"""
