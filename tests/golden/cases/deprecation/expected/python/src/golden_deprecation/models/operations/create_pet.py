# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import NotRequired, Optional

import pydantic

from .. import shared

from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)


class CreatePetResponse(OperationResponse):
    object: Optional[shared.Pet] = None
    """The parsed response body"""


class CreatePetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.PetTypedDict]]
    """The parsed response body"""
