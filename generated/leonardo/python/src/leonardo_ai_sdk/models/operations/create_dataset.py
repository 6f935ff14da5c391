# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Dict,
    List,
    NotRequired,
    Optional,
    TYPE_CHECKING,
    TypedDict,
)

import pydantic


from ...types import BaseModel, OpenEnumMeta, OptionalNullable, UNSET, RawResponse

if TYPE_CHECKING:
    import httpx


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


class CreateDatasetResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[CreateDatasetResponseBody] = None
    """The parsed response body"""


class CreateDatasetResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[CreateDatasetResponseBodyTypedDict]]
    """The parsed response body"""
