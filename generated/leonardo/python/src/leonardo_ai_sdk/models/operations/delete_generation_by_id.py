# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


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


class DeleteGenerationByIDResponse(OperationResponse):
    object: Optional[DeleteGenerationByIDResponseBody] = None
    """The parsed response body"""


class DeleteGenerationByIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DeleteGenerationByIDResponseBodyTypedDict]]
    """The parsed response body"""
