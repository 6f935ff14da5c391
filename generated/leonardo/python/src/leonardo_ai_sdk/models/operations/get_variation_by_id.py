# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class GeneratedImageVariationGeneric(BaseModel):
    """columns and relationships of "generated_image_variation_generic" """

    non_nullable_fields = frozenset({"created_at", "status", "transform_type"})

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""
    transform_type: Annotated[
        Optional[shared.VariationType], pydantic.Field(alias="transformType")
    ] = None
    """The type of variation."""
    url: OptionalNullable[str] = UNSET


class GeneratedImageVariationGenericTypedDict(TypedDict):
    """columns and relationships of "generated_image_variation_generic" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    status: NotRequired[Optional[shared.JobStatus]]
    """The status of the current task."""
    transform_type: NotRequired[Optional[shared.VariationType]]
    """The type of variation."""
    url: NotRequired[Optional[str]]


class GetVariationByIDResponseBody(BaseModel):
    non_nullable_fields = frozenset({"generated_image_variation_generic"})

    generated_image_variation_generic: Optional[
        List[GeneratedImageVariationGeneric]
    ] = None


class GetVariationByIDResponseBodyTypedDict(TypedDict):
    generated_image_variation_generic: NotRequired[
        Optional[List[GeneratedImageVariationGenericTypedDict]]
    ]


class GetVariationByIDRequest(BaseModel):
    id: str
    """"id" is required"""


class GetVariationByIDRequestTypedDict(TypedDict):
    id: str
    """"id" is required"""


class GetVariationByIDResponse(OperationResponse):
    object: Optional[GetVariationByIDResponseBody] = None
    """The parsed response body"""


class GetVariationByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetVariationByIDResponseBodyTypedDict]]
    """The parsed response body"""
