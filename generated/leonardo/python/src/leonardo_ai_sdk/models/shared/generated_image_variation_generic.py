# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .job_status import JobStatus
from .variation_type import VariationType

from ...types import BaseModel, OptionalNullable, UNSET


class GeneratedImageVariationGeneric(BaseModel):
    """columns and relationships of "generated_image_variation_generic" """

    non_nullable_fields = frozenset({"status", "transform_type"})

    id: OptionalNullable[str] = UNSET
    status: Optional[JobStatus] = None
    """The status of the current task."""
    transform_type: Annotated[
        Optional[VariationType], pydantic.Field(alias="transformType")
    ] = None
    """The type of variation."""
    url: OptionalNullable[str] = UNSET


class GeneratedImageVariationGenericTypedDict(TypedDict):
    """columns and relationships of "generated_image_variation_generic" """

    id: NotRequired[Optional[str]]
    status: NotRequired[Optional[JobStatus]]
    """The status of the current task."""
    transform_type: NotRequired[Optional[VariationType]]
    """The type of variation."""
    url: NotRequired[Optional[str]]
