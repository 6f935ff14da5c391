# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Elements(BaseModel):
    """Element used for the generation."""

    non_nullable_fields = frozenset({"base_model"})

    ak_uuid: Annotated[OptionalNullable[str], pydantic.Field(alias="akUUID")] = UNSET
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    base_model: Annotated[
        Optional[shared.SdVersions], pydantic.Field(alias="baseModel")
    ] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    description: OptionalNullable[str] = UNSET
    """Description for the element"""
    name: OptionalNullable[str] = UNSET
    """Name of the element"""
    url_image: Annotated[OptionalNullable[str], pydantic.Field(alias="urlImage")] = (
        UNSET
    )
    """URL of the element image"""
    weight_default: Annotated[
        OptionalNullable[int], pydantic.Field(alias="weightDefault")
    ] = UNSET
    """Default weight for the element"""
    weight_max: Annotated[OptionalNullable[int], pydantic.Field(alias="weightMax")] = (
        UNSET
    )
    """Maximum weight for the element"""
    weight_min: Annotated[OptionalNullable[int], pydantic.Field(alias="weightMin")] = (
        UNSET
    )
    """Minimum weight for the element"""


class ElementsTypedDict(TypedDict):
    """Element used for the generation."""

    ak_uuid: NotRequired[Optional[str]]
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    base_model: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    description: NotRequired[Optional[str]]
    """Description for the element"""
    name: NotRequired[Optional[str]]
    """Name of the element"""
    url_image: NotRequired[Optional[str]]
    """URL of the element image"""
    weight_default: NotRequired[Optional[int]]
    """Default weight for the element"""
    weight_max: NotRequired[Optional[int]]
    """Maximum weight for the element"""
    weight_min: NotRequired[Optional[int]]
    """Minimum weight for the element"""


class GetGenerationsByUserIDGeneratedImages(BaseModel):
    """columns and relationships of "generated_images" """

    non_nullable_fields = frozenset(
        {"generated_image_variation_generics", "like_count", "nsfw", "url"}
    )

    generated_image_variation_generics: Optional[
        List[shared.GeneratedImageVariationGeneric]
    ] = None
    id: OptionalNullable[str] = UNSET
    image_to_video: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="imageToVideo")
    ] = UNSET
    """If it is an image to video generation."""
    like_count: Annotated[Optional[int], pydantic.Field(alias="likeCount")] = None
    motion: OptionalNullable[bool] = UNSET
    """If generation is of motion type."""
    motion_model: Annotated[
        OptionalNullable[str], pydantic.Field(alias="motionModel")
    ] = UNSET
    """The name of the motion model."""
    motion_mp4_url: Annotated[
        OptionalNullable[str], pydantic.Field(alias="motionMP4URL")
    ] = UNSET
    """The URL of the motion MP4."""
    motion_strength: Annotated[
        OptionalNullable[int], pydantic.Field(alias="motionStrength")
    ] = UNSET
    """The motion strength."""
    nsfw: Optional[bool] = None
    url: Optional[str] = None


class GetGenerationsByUserIDGeneratedImagesTypedDict(TypedDict):
    """columns and relationships of "generated_images" """

    generated_image_variation_generics: NotRequired[
        Optional[List[shared.GeneratedImageVariationGenericTypedDict]]
    ]
    id: NotRequired[Optional[str]]
    image_to_video: NotRequired[Optional[bool]]
    """If it is an image to video generation."""
    like_count: NotRequired[Optional[int]]
    motion: NotRequired[Optional[bool]]
    """If generation is of motion type."""
    motion_model: NotRequired[Optional[str]]
    """The name of the motion model."""
    motion_mp4_url: NotRequired[Optional[str]]
    """The URL of the motion MP4."""
    motion_strength: NotRequired[Optional[int]]
    """The motion strength."""
    nsfw: NotRequired[Optional[bool]]
    url: NotRequired[Optional[str]]


class GetGenerationsByUserIDGenerationElements(BaseModel):
    """This table captures the elements that are applied to a Generations, also the order and weightings used when applied."""

    id: OptionalNullable[int] = UNSET
    lora: OptionalNullable[Elements] = UNSET
    """Element used for the generation."""
    weight_applied: Annotated[
        OptionalNullable[float], pydantic.Field(alias="weightApplied")
    ] = UNSET


class GetGenerationsByUserIDGenerationElementsTypedDict(TypedDict):
    """This table captures the elements that are applied to a Generations, also the order and weightings used when applied."""

    id: NotRequired[Optional[int]]
    lora: NotRequired[Optional[ElementsTypedDict]]
    """Element used for the generation."""
    weight_applied: NotRequired[Optional[float]]


class GetGenerationsByUserIDGenerations(BaseModel):
    """columns and relationships of "generations" """

    non_nullable_fields = frozenset(
        {
            "created_at",
            "generated_images",
            "generation_elements",
            "image_height",
            "image_width",
            "prompt",
            "public",
            "scheduler",
            "sd_version",
            "status",
        }
    )

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    generated_images: Optional[List[GetGenerationsByUserIDGeneratedImages]] = None
    generation_elements: Optional[List[GetGenerationsByUserIDGenerationElements]] = None
    guidance_scale: Annotated[
        OptionalNullable[float], pydantic.Field(alias="guidanceScale")
    ] = UNSET
    id: OptionalNullable[str] = UNSET
    image_height: Annotated[Optional[int], pydantic.Field(alias="imageHeight")] = None
    image_width: Annotated[Optional[int], pydantic.Field(alias="imageWidth")] = None
    inference_steps: Annotated[
        OptionalNullable[int], pydantic.Field(alias="inferenceSteps")
    ] = UNSET
    init_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="initStrength")
    ] = UNSET
    model_id: Annotated[OptionalNullable[str], pydantic.Field(alias="modelId")] = UNSET
    negative_prompt: Annotated[
        OptionalNullable[str], pydantic.Field(alias="negativePrompt")
    ] = UNSET
    photo_real: Annotated[OptionalNullable[bool], pydantic.Field(alias="photoReal")] = (
        UNSET
    )
    """If photoReal feature was used."""
    photo_real_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="photoRealStrength")
    ] = UNSET
    """Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45 is high. Default is 0.55."""
    preset_style: Annotated[
        OptionalNullable[shared.SdGenerationStyle], pydantic.Field(alias="presetStyle")
    ] = UNSET
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE."""
    prompt: Optional[str] = None
    prompt_magic: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="promptMagic")
    ] = UNSET
    """If prompt magic was used."""
    prompt_magic_strength: Annotated[
        OptionalNullable[float], pydantic.Field(alias="promptMagicStrength")
    ] = UNSET
    """Strength of prompt magic used."""
    prompt_magic_version: Annotated[
        OptionalNullable[str], pydantic.Field(alias="promptMagicVersion")
    ] = UNSET
    """Version of prompt magic used."""
    public: Optional[bool] = None
    scheduler: Optional[shared.SdGenerationSchedulers] = None
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""
    sd_version: Annotated[
        Optional[shared.SdVersions], pydantic.Field(alias="sdVersion")
    ] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    seed: OptionalNullable[int] = UNSET
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""


class GetGenerationsByUserIDGenerationsTypedDict(TypedDict):
    """columns and relationships of "generations" """

    created_at: NotRequired[Optional[str]]
    generated_images: NotRequired[
        Optional[List[GetGenerationsByUserIDGeneratedImagesTypedDict]]
    ]
    generation_elements: NotRequired[
        Optional[List[GetGenerationsByUserIDGenerationElementsTypedDict]]
    ]
    guidance_scale: NotRequired[Optional[float]]
    id: NotRequired[Optional[str]]
    image_height: NotRequired[Optional[int]]
    image_width: NotRequired[Optional[int]]
    inference_steps: NotRequired[Optional[int]]
    init_strength: NotRequired[Optional[float]]
    model_id: NotRequired[Optional[str]]
    negative_prompt: NotRequired[Optional[str]]
    photo_real: NotRequired[Optional[bool]]
    """If photoReal feature was used."""
    photo_real_strength: NotRequired[Optional[float]]
    """Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45 is high. Default is 0.55."""
    preset_style: NotRequired[Optional[shared.SdGenerationStyle]]
    """The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE."""
    prompt: NotRequired[Optional[str]]
    prompt_magic: NotRequired[Optional[bool]]
    """If prompt magic was used."""
    prompt_magic_strength: NotRequired[Optional[float]]
    """Strength of prompt magic used."""
    prompt_magic_version: NotRequired[Optional[str]]
    """Version of prompt magic used."""
    public: NotRequired[Optional[bool]]
    scheduler: NotRequired[Optional[shared.SdGenerationSchedulers]]
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""
    sd_version: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    seed: NotRequired[Optional[int]]
    status: NotRequired[Optional[shared.JobStatus]]
    """The status of the current task."""


class GetGenerationsByUserIDResponseBody(BaseModel):
    non_nullable_fields = frozenset({"generations"})

    generations: Optional[List[GetGenerationsByUserIDGenerations]] = None


class GetGenerationsByUserIDResponseBodyTypedDict(TypedDict):
    generations: NotRequired[Optional[List[GetGenerationsByUserIDGenerationsTypedDict]]]


class GetGenerationsByUserIDRequest(BaseModel):
    user_id: Annotated[str, pydantic.Field(alias="userId")]
    limit: Optional[int] = None
    offset: Optional[int] = None


class GetGenerationsByUserIDRequestTypedDict(TypedDict):
    user_id: str
    limit: NotRequired[Optional[int]]
    offset: NotRequired[Optional[int]]


class GetGenerationsByUserIDResponse(OperationResponse):
    object: Optional[GetGenerationsByUserIDResponseBody] = None
    """The parsed response body"""


class GetGenerationsByUserIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetGenerationsByUserIDResponseBodyTypedDict]]
    """The parsed response body"""
