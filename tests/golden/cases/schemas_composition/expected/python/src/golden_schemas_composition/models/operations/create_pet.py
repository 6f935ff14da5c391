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
    Union,
)

import pydantic

from .. import shared

from ...types import BaseModel, OpenEnumMeta, RawResponse
from ...unions import OneOf

if TYPE_CHECKING:
    import httpx


class CreatePetResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[
        Annotated[
            Union[shared.Cat, shared.Dog, Dict[str, Any]],
            OneOf("petType", "pet_type", {"cat": 0, "dog": 1}, open_member=True),
        ]
    ] = None
    """The parsed response body"""


class CreatePetResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[Union[shared.CatTypedDict, shared.DogTypedDict]]]
    """The parsed response body"""
