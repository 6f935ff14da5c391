# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse


class GetVariationByIDGeneratedImageVariationGeneric(BaseModel):
    """columns and relationships of "generated_image_variation_generic\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "status", "transform_type"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: Optional[str] = None
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""
    transform_type: Annotated[
        Optional[shared.VariationType], pydantic.Field(alias="transformType")
    ] = None
    """The type of variation."""
    url: Optional[str] = None


class GetVariationByIDResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"generated_image_variation_generic"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    generated_image_variation_generic: Optional[
        List[GetVariationByIDGeneratedImageVariationGeneric]
    ] = None


class GetVariationByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[GetVariationByIDResponseBody] = None
    """The parsed response body"""
