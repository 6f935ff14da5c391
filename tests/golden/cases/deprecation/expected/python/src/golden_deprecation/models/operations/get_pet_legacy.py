# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class GetPetLegacyRequest(BaseModel):
    pet_id: Annotated[str, pydantic.Field(alias="petId")]


class GetPetLegacyRequestTypedDict(TypedDict):
    pet_id: str


class GetPetLegacyResponse(OperationResponse):
    object: Optional[shared.Pet] = None
    """The parsed response body"""


class GetPetLegacyResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.PetTypedDict]]
    """The parsed response body"""
