# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict

from .. import shared

from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class GetJobRequest(BaseModel):
    id: str
    state: Optional[shared.JobStatus] = None
    """Only jobs in this state."""


class GetJobRequestTypedDict(TypedDict):
    id: str
    state: NotRequired[Optional[shared.JobStatus]]
    """Only jobs in this state."""


class GetJobResponse(OperationResponse):
    object: Optional[shared.Job] = None
    """The parsed response body"""


class GetJobResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.JobTypedDict]]
    """The parsed response body"""
