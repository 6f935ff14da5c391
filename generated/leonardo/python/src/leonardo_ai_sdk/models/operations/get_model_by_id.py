# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse


class GetModelByIDCustomModelsByPk(BaseModel):
    """columns and relationships of "custom_models\" """

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "description",
            "model_height",
            "model_width",
            "name",
            "public",
            "sd_version",
            "status",
            "type",
            "updated_at",
        }
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    description: Optional[str] = None
    id: Optional[str] = None
    instance_prompt: Annotated[
        Optional[str], pydantic.Field(alias="instancePrompt")
    ] = None
    model_height: Annotated[Optional[int], pydantic.Field(alias="modelHeight")] = None
    model_width: Annotated[Optional[int], pydantic.Field(alias="modelWidth")] = None
    name: Optional[str] = None
    public: Optional[bool] = None
    sd_version: Annotated[
        Optional[shared.SdVersions], pydantic.Field(alias="sdVersion")
    ] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    status: Optional[shared.JobStatus] = None
    """The status of the current task."""
    type: Optional[shared.CustomModelType] = None
    """The category the most accurately reflects the model."""
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None


class GetModelByIDResponseBody(BaseModel):
    custom_models_by_pk: Optional[GetModelByIDCustomModelsByPk] = None
    """columns and relationships of "custom_models\""""


class GetModelByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[GetModelByIDResponseBody] = None
    """The parsed response body"""
