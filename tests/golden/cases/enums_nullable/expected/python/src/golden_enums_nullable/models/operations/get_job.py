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


class GetJobRequest(BaseModel):
    id: str
    state: Optional[shared.JobStatus] = None
    """Only jobs in this state."""


class GetJobRequestTypedDict(TypedDict):
    id: str
    state: NotRequired[Optional[shared.JobStatus]]
    """Only jobs in this state."""


class GetJobResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[shared.Job] = None
    """The parsed response body"""


class GetJobResponseTypedDict(TypedDict):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""

    object: NotRequired[Optional[shared.JobTypedDict]]
    """The parsed response body"""
