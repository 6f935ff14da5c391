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


class Generations(BaseModel):
    """columns and relationships of "generations" """

    id: OptionalNullable[str] = UNSET


class GenerationsTypedDict(TypedDict):
    """columns and relationships of "generations" """

    id: NotRequired[Optional[str]]


class DeleteGenerationByIDResponseBody(BaseModel):
    delete_generations_by_pk: OptionalNullable[Generations] = UNSET
    """columns and relationships of "generations\""""


class DeleteGenerationByIDResponseBodyTypedDict(TypedDict):
    delete_generations_by_pk: NotRequired[Optional[GenerationsTypedDict]]
    """columns and relationships of "generations\""""


class DeleteGenerationByIDRequest(BaseModel):
    id: str
    """The ID of the generation to delete."""


class DeleteGenerationByIDRequestTypedDict(TypedDict):
    id: str
    """The ID of the generation to delete."""


class DeleteGenerationByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[DeleteGenerationByIDResponseBody] = None
    """The parsed response body"""


class DeleteGenerationByIDResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[DeleteGenerationByIDResponseBodyTypedDict]]
    """The parsed response body"""
