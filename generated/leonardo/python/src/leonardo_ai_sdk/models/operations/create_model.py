# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateModelRequestBody(BaseModel):
    non_nullable_fields = frozenset({"model_type", "sd_version", "strength"})

    name: str
    """The name of the model."""
    description: OptionalNullable[str] = UNSET
    """The description of the model."""
    dataset_id: Annotated[str, pydantic.Field(alias="datasetId")]
    """The ID of the dataset to train the model on."""
    instance_prompt: str
    """The instance prompt to use during training."""
    model_type: Annotated[
        Optional[shared.CustomModelType], pydantic.Field(alias="modelType")
    ] = None
    """The category the most accurately reflects the model."""
    nsfw: OptionalNullable[bool] = UNSET
    """Whether or not the model is NSFW."""
    resolution: OptionalNullable[int] = UNSET
    """The resolution for training. Must be 512 or 768."""
    sd_version: Annotated[
        Optional[shared.SdVersions], pydantic.Field(alias="sd_Version")
    ] = None
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    strength: Optional[shared.Strength] = None
    """When training using the PIXEL_ART model type, this influences the training strength."""


class CreateModelRequestBodyTypedDict(TypedDict):
    name: str
    """The name of the model."""
    description: NotRequired[Optional[str]]
    """The description of the model."""
    dataset_id: str
    """The ID of the dataset to train the model on."""
    instance_prompt: str
    """The instance prompt to use during training."""
    model_type: NotRequired[Optional[shared.CustomModelType]]
    """The category the most accurately reflects the model."""
    nsfw: NotRequired[Optional[bool]]
    """Whether or not the model is NSFW."""
    resolution: NotRequired[Optional[int]]
    """The resolution for training. Must be 512 or 768."""
    sd_version: NotRequired[Optional[shared.SdVersions]]
    """The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models"""
    strength: NotRequired[Optional[shared.Strength]]
    """When training using the PIXEL_ART model type, this influences the training strength."""


class SDTrainingOutput(BaseModel):
    non_nullable_fields = frozenset({"custom_model_id"})

    custom_model_id: Annotated[Optional[str], pydantic.Field(alias="customModelId")] = (
        None
    )
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Model Training. Available for Production API Users."""


class SDTrainingOutputTypedDict(TypedDict):
    custom_model_id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Model Training. Available for Production API Users."""


class CreateModelResponseBody(BaseModel):
    sd_training_job: Annotated[
        OptionalNullable[SDTrainingOutput], pydantic.Field(alias="sdTrainingJob")
    ] = UNSET


class CreateModelResponseBodyTypedDict(TypedDict):
    sd_training_job: NotRequired[Optional[SDTrainingOutputTypedDict]]


class CreateModelResponse(OperationResponse):
    object: Optional[CreateModelResponseBody] = None
    """The parsed response body"""


class CreateModelResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateModelResponseBodyTypedDict]]
    """The parsed response body"""
