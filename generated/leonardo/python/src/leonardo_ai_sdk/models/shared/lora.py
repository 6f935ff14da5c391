# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET


class Lora(BaseModel):
    non_nullable_fields = frozenset({"typename"})

    ak_uuid: Annotated[OptionalNullable[str], pydantic.Field(alias="akUUID")] = UNSET
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    creator_name: Annotated[
        OptionalNullable[str], pydantic.Field(alias="creatorName")
    ] = UNSET
    """Name of the creator of the element"""
    name: OptionalNullable[str] = UNSET
    """Name of the element"""
    description: OptionalNullable[str] = UNSET
    """Description for the element"""
    url_image: Annotated[OptionalNullable[str], pydantic.Field(alias="urlImage")] = (
        UNSET
    )
    """URL of the element image"""
    base_model: Annotated[OptionalNullable[str], pydantic.Field(alias="baseModel")] = (
        UNSET
    )
    """Base model version for the element"""
    weight_default: Annotated[
        OptionalNullable[int], pydantic.Field(alias="weightDefault")
    ] = UNSET
    """Default weight for the element"""
    weight_min: Annotated[OptionalNullable[int], pydantic.Field(alias="weightMin")] = (
        UNSET
    )
    """Minimum weight for the element"""
    weight_max: Annotated[OptionalNullable[int], pydantic.Field(alias="weightMax")] = (
        UNSET
    )
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
