# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta


class Lora(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"typename"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    ak_uuid: Annotated[Optional[str], pydantic.Field(alias="akUUID")] = None
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    creator_name: Annotated[Optional[str], pydantic.Field(alias="creatorName")] = None
    """Name of the creator of the element"""
    name: Optional[str] = None
    """Name of the element"""
    description: Optional[str] = None
    """Description for the element"""
    url_image: Annotated[Optional[str], pydantic.Field(alias="urlImage")] = None
    """URL of the element image"""
    base_model: Annotated[Optional[str], pydantic.Field(alias="baseModel")] = None
    """Base model version for the element"""
    weight_default: Annotated[Optional[int], pydantic.Field(alias="weightDefault")] = (
        None
    )
    """Default weight for the element"""
    weight_min: Annotated[Optional[int], pydantic.Field(alias="weightMin")] = None
    """Minimum weight for the element"""
    weight_max: Annotated[Optional[int], pydantic.Field(alias="weightMax")] = None
    """Maximum weight for the element"""
    typename: Annotated[Optional[str], pydantic.Field(alias="__typename")] = None
    """Type name for introspection purposes"""


class LoraTypedDict(TypedDict):
    ak_uuid: NotRequired[Optional[str]]
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    creator_name: NotRequired[Optional[str]]
    """Name of the creator of the element"""
    name: NotRequired[Optional[str]]
    """Name of the element"""
    description: NotRequired[Optional[str]]
    """Description for the element"""
    url_image: NotRequired[Optional[str]]
    """URL of the element image"""
    base_model: NotRequired[Optional[str]]
    """Base model version for the element"""
    weight_default: NotRequired[Optional[int]]
    """Default weight for the element"""
    weight_min: NotRequired[Optional[int]]
    """Minimum weight for the element"""
    weight_max: NotRequired[Optional[int]]
    """Maximum weight for the element"""
    typename: NotRequired[Optional[str]]
    """Type name for introspection purposes"""
