# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CustomModels(BaseModel):
    """columns and relationships of "custom_models" """

    id: OptionalNullable[str] = UNSET


class CustomModelsTypedDict(TypedDict):
    """columns and relationships of "custom_models" """

    id: NotRequired[Optional[str]]


class DeleteModelByIDResponseBody(BaseModel):
    delete_custom_models_by_pk: OptionalNullable[CustomModels] = UNSET
    """columns and relationships of "custom_models\""""


class DeleteModelByIDResponseBodyTypedDict(TypedDict):
    delete_custom_models_by_pk: NotRequired[Optional[CustomModelsTypedDict]]
    """columns and relationships of "custom_models\""""


class DeleteModelByIDRequest(BaseModel):
    id: str
    """The ID of the model to delete."""


class DeleteModelByIDRequestTypedDict(TypedDict):
    id: str
    """The ID of the model to delete."""


class DeleteModelByIDResponse(OperationResponse):
    object: Optional[DeleteModelByIDResponseBody] = None
    """The parsed response body"""


class DeleteModelByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DeleteModelByIDResponseBodyTypedDict]]
    """The parsed response body"""
