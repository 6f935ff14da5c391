# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class DatasetImages(BaseModel):
    """columns and relationships of "dataset_images" """

    non_nullable_fields = frozenset({"created_at", "url"})

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    id: OptionalNullable[str] = UNSET
    url: Optional[str] = None


class DatasetImagesTypedDict(TypedDict):
    """columns and relationships of "dataset_images" """

    created_at: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    url: NotRequired[Optional[str]]


class GetDatasetByIDDatasets(BaseModel):
    """columns and relationships of "datasets" """

    non_nullable_fields = frozenset(
        {"created_at", "dataset_images", "name", "updated_at"}
    )

    created_at: Annotated[Optional[str], pydantic.Field(alias="createdAt")] = None
    dataset_images: Optional[List[DatasetImages]] = None
    description: OptionalNullable[str] = UNSET
    id: OptionalNullable[str] = UNSET
    name: Optional[str] = None
    updated_at: Annotated[Optional[str], pydantic.Field(alias="updatedAt")] = None


class GetDatasetByIDDatasetsTypedDict(TypedDict):
    """columns and relationships of "datasets" """

    created_at: NotRequired[Optional[str]]
    dataset_images: NotRequired[Optional[List[DatasetImagesTypedDict]]]
    description: NotRequired[Optional[str]]
    id: NotRequired[Optional[str]]
    name: NotRequired[Optional[str]]
    updated_at: NotRequired[Optional[str]]


class GetDatasetByIDResponseBody(BaseModel):
    datasets_by_pk: OptionalNullable[GetDatasetByIDDatasets] = UNSET
    """columns and relationships of "datasets\""""


class GetDatasetByIDResponseBodyTypedDict(TypedDict):
    datasets_by_pk: NotRequired[Optional[GetDatasetByIDDatasetsTypedDict]]
    """columns and relationships of "datasets\""""


class GetDatasetByIDRequest(BaseModel):
    id: str
    """The ID of the dataset to return."""


class GetDatasetByIDRequestTypedDict(TypedDict):
    id: str
    """The ID of the dataset to return."""


class GetDatasetByIDResponse(OperationResponse):
    object: Optional[GetDatasetByIDResponseBody] = None
    """The parsed response body"""


class GetDatasetByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[GetDatasetByIDResponseBodyTypedDict]]
    """The parsed response body"""
