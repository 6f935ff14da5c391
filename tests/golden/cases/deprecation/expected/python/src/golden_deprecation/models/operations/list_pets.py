# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional, TypedDict

from .. import shared

from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class ListPetsResponseBody(BaseModel):
    non_nullable_fields = frozenset({"pets"})

    pets: Optional[List[shared.Pet]] = None


class ListPetsResponseBodyTypedDict(TypedDict):
    pets: NotRequired[Optional[List[shared.PetTypedDict]]]


class ListPetsRequest(BaseModel):
    deprecated_fields = {
        "page": "it will be removed from the API. Use the cursor instead.",
    }

    kind: OptionalNullable[str] = UNSET
    """Only pets of this kind; null lists pets of every kind."""
    page: Optional[int] = None
    """Use the cursor instead."""
    cursor: Optional[str] = None


class ListPetsRequestTypedDict(TypedDict):
    kind: NotRequired[Optional[str]]
    """Only pets of this kind; null lists pets of every kind."""
    page: NotRequired[Optional[int]]
    """Use the cursor instead."""
    cursor: NotRequired[Optional[str]]


class ListPetsResponse(OperationResponse):
    object: Optional[ListPetsResponseBody] = None
    """The parsed response body"""


class ListPetsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[ListPetsResponseBodyTypedDict]]
    """The parsed response body"""
