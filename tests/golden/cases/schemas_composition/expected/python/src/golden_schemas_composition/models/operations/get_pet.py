# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, NotRequired, Optional, TypedDict, Union

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class GetPetRequest(BaseModel):
    id: str


class GetPetRequestTypedDict(TypedDict):
    id: str


class GetPetResponse(OperationResponse):
    object: Optional[
        Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ]
    ] = None
    """The parsed response body"""


class GetPetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Union[shared.CatTypedDict, shared.DogTypedDict]]]
    """The parsed response body"""
