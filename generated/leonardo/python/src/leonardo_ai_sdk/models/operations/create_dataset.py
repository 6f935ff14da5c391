# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateDatasetRequestBody(BaseModel):
    name: str
    """The name of the dataset."""
    description: OptionalNullable[str] = UNSET
    """A description for the dataset."""


class CreateDatasetRequestBodyTypedDict(TypedDict):
    name: str
    """The name of the dataset."""
    description: NotRequired[Optional[str]]
    """A description for the dataset."""


class Datasets(BaseModel):
    """columns and relationships of "datasets" """

    id: OptionalNullable[str] = UNSET


class DatasetsTypedDict(TypedDict):
    """columns and relationships of "datasets" """

    id: NotRequired[Optional[str]]


class CreateDatasetResponseBody(BaseModel):
    insert_datasets_one: OptionalNullable[Datasets] = UNSET
    """columns and relationships of "datasets\""""


class CreateDatasetResponseBodyTypedDict(TypedDict):
    insert_datasets_one: NotRequired[Optional[DatasetsTypedDict]]
    """columns and relationships of "datasets\""""


class CreateDatasetResponse(OperationResponse):
    object: Optional[CreateDatasetResponseBody] = None
    """The parsed response body"""


class CreateDatasetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateDatasetResponseBodyTypedDict]]
    """The parsed response body"""
