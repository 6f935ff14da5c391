# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class CreatePetResponse(OperationResponse):
    object: Optional[shared.Pet] = None
    """The parsed response body"""


class CreatePetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.PetTypedDict]]
    """The parsed response body"""
