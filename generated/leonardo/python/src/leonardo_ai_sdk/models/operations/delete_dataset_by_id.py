# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class DeleteDatasetByIDDatasets(BaseModel):
    """columns and relationships of "datasets" """

    id: OptionalNullable[str] = UNSET


class DeleteDatasetByIDDatasetsTypedDict(TypedDict):
    """columns and relationships of "datasets" """

    id: NotRequired[Optional[str]]


class DeleteDatasetByIDResponseBody(BaseModel):
    delete_datasets_by_pk: OptionalNullable[DeleteDatasetByIDDatasets] = UNSET
    """columns and relationships of "datasets\""""


class DeleteDatasetByIDResponseBodyTypedDict(TypedDict):
    delete_datasets_by_pk: NotRequired[Optional[DeleteDatasetByIDDatasetsTypedDict]]
    """columns and relationships of "datasets\""""


class DeleteDatasetByIDRequest(BaseModel):
    id: str
    """The ID of the dataset to delete."""


class DeleteDatasetByIDRequestTypedDict(TypedDict):
    id: str
    """The ID of the dataset to delete."""


class DeleteDatasetByIDResponse(OperationResponse):
    object: Optional[DeleteDatasetByIDResponseBody] = None
    """The parsed response body"""


class DeleteDatasetByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DeleteDatasetByIDResponseBodyTypedDict]]
    """The parsed response body"""
