# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class Loras(BaseModel):
    """columns and relationships of "elements" """

    non_nullable_fields = frozenset({"base_model"})

    ak_uuid: Annotated[OptionalNullable[str], pydantic.Field(alias="akUUID")] = UNSET
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    base_model: Annotated[
        Optional[shared.SdVersions], pydantic.Field(alias="baseModel")
    ] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    creator_name: Annotated[
        OptionalNullable[str], pydantic.Field(alias="creatorName")
    ] = UNSET
    """Name of the creator of the element"""
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


class LorasTypedDict(TypedDict):
    """columns and relationships of "elements" """

    ak_uuid: NotRequired[Optional[str]]
    """Unique identifier for the element. Elements can be found from the List Elements endpoint."""
    base_model: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    creator_name: NotRequired[Optional[str]]
    """Name of the creator of the element"""
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


class ListElementsResponseBody(BaseModel):
    non_nullable_fields = frozenset({"loras"})

    loras: Optional[List[Loras]] = None


class ListElementsResponseBodyTypedDict(TypedDict):
    loras: NotRequired[Optional[List[LorasTypedDict]]]


class ListElementsResponse(OperationResponse):
    object: Optional[ListElementsResponseBody] = None
    """The parsed response body"""


class ListElementsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[ListElementsResponseBodyTypedDict]]
    """The parsed response body"""
