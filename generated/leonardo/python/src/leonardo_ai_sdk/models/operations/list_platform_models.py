# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class ListPlatformModelsGeneratedImages(BaseModel):
    """columns and relationships of "generated_images" """

    non_nullable_fields = frozenset({"url"})

    id: OptionalNullable[str] = UNSET
    url: Optional[str] = None


class ListPlatformModelsGeneratedImagesTypedDict(TypedDict):
    """columns and relationships of "generated_images" """

    id: NotRequired[Optional[str]]
    url: NotRequired[Optional[str]]


class ListPlatformModelsCustomModels(BaseModel):
    """columns and relationships of "custom_models" """

    non_nullable_fields = frozenset({"description", "featured", "name", "nsfw"})

    description: Optional[str] = None
    featured: Optional[bool] = None
    generated_image: OptionalNullable[ListPlatformModelsGeneratedImages] = UNSET
    """columns and relationships of "generated_images\""""
    id: OptionalNullable[str] = UNSET
    name: Optional[str] = None
    nsfw: Optional[bool] = None


class ListPlatformModelsCustomModelsTypedDict(TypedDict):
    """columns and relationships of "custom_models" """

    description: NotRequired[Optional[str]]
    featured: NotRequired[Optional[bool]]
    generated_image: NotRequired[Optional[ListPlatformModelsGeneratedImagesTypedDict]]
    """columns and relationships of "generated_images\""""
    id: NotRequired[Optional[str]]
    name: NotRequired[Optional[str]]
    nsfw: NotRequired[Optional[bool]]


class ListPlatformModelsResponseBody(BaseModel):
    non_nullable_fields = frozenset({"custom_models"})

    custom_models: Optional[List[ListPlatformModelsCustomModels]] = None


class ListPlatformModelsResponseBodyTypedDict(TypedDict):
    custom_models: NotRequired[Optional[List[ListPlatformModelsCustomModelsTypedDict]]]


class ListPlatformModelsResponse(OperationResponse):
    object: Optional[ListPlatformModelsResponseBody] = None
    """The parsed response body"""


class ListPlatformModelsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[ListPlatformModelsResponseBodyTypedDict]]
    """The parsed response body"""
