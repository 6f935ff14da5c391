# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, NotRequired, Optional, Union

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class CreatePetResponse(OperationResponse):
    object: Optional[
        Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ]
    ] = None
    """The parsed response body"""


class CreatePetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Union[shared.CatTypedDict, shared.DogTypedDict]]]
    """The parsed response body"""
