# Generated from spec.yaml. Do not edit.

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

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse

if TYPE_CHECKING:
    import httpx


class CreatePetResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[shared.Pet] = None
    """The parsed response body"""


class CreatePetResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[shared.PetTypedDict]]
    """The parsed response body"""
