# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .init_image_type import InitImageType
from .strength_type import StrengthType

from ...types import BaseModel, OptionalNullable, UNSET


class ControlnetInput(BaseModel):
    non_nullable_fields = frozenset(
        {"init_image_id", "init_image_type", "preprocessor_id"}
    )

    init_image_id: Annotated[Optional[str], pydantic.Field(alias="initImageId")] = None
    """The ID of the init image"""
    init_image_type: Annotated[
        Optional[InitImageType], pydantic.Field(alias="initImageType")
    ] = None
    """Type indicating whether the init image is uploaded or generated."""
    preprocessor_id: Annotated[
        Optional[float], pydantic.Field(alias="preprocessorId")
    ] = None
    """ID of the controlnet. A list of compatible IDs can be found in our guides."""
    weight: OptionalNullable[float] = UNSET
    """Weight for the controlnet"""
    strength_type: Annotated[
        OptionalNullable[StrengthType], pydantic.Field(alias="strengthType")
    ] = UNSET
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets."""


class ControlnetInputTypedDict(TypedDict):
    init_image_id: NotRequired[Optional[str]]
    """The ID of the init image"""
    init_image_type: NotRequired[Optional[InitImageType]]
    """Type indicating whether the init image is uploaded or generated."""
    preprocessor_id: NotRequired[Optional[float]]
    """ID of the controlnet. A list of compatible IDs can be found in our guides."""
    weight: NotRequired[Optional[float]]
    """Weight for the controlnet"""
    strength_type: NotRequired[Optional[StrengthType]]
    """Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets."""
