# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class GetModelByIDCustomModels(BaseModel):
    """columns and relationships of "custom_models" """

    non_nullable_fields = frozenset(
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

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    description: Optional[str] = None
    id: OptionalNullable[str] = UNSET
    instance_prompt: Annotated[
        OptionalNullable[str], pydantic.Field(alias="instancePrompt")
    ] = UNSET
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


class GetModelByIDCustomModelsTypedDict(TypedDict):
    """columns and relationships of "custom_models" """

    created_at: NotRequired[Optional[str]]
    description: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    instance_prompt: NotRequired[Optional[str]]
    model_height: NotRequired[Optional[int]]
    model_width: NotRequired[Optional[int]]
    name: NotRequired[Optional[str]]
    public: NotRequired[Optional[bool]]
    sd_version: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    status: NotRequired[Optional[shared.JobStatus]]
    """The status of the current task."""
    type: NotRequired[Optional[shared.CustomModelType]]
    """The category the most accurately reflects the model."""
    updated_at: NotRequired[Optional[str]]


class GetModelByIDResponseBody(BaseModel):
    custom_models_by_pk: OptionalNullable[GetModelByIDCustomModels] = UNSET
    """columns and relationships of "custom_models\""""


class GetModelByIDResponseBodyTypedDict(TypedDict):
    custom_models_by_pk: NotRequired[Optional[GetModelByIDCustomModelsTypedDict]]
    """columns and relationships of "custom_models\""""


class GetModelByIDRequest(BaseModel):
    id: str
    """The ID of the custom model to return."""


class GetModelByIDRequestTypedDict(TypedDict):
    id: str
    """The ID of the custom model to return."""


class GetModelByIDResponse(OperationResponse):
    object: Optional[GetModelByIDResponseBody] = None
    """The parsed response body"""


class GetModelByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetModelByIDResponseBodyTypedDict]]
    """The parsed response body"""
