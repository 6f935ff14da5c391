# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Dict, List, NotRequired, Optional, TypedDict

import pydantic

from .job_status import JobStatus
from .kind import Kind
from .priority import Priority

from ...types import BaseModel, OptionalNullable, UNSET


class Job(BaseModel):
    non_nullable_fields = frozenset({"priority", "tags", "meta"})

    id: str
    status: JobStatus
    """Where a job is."""
    priority: Optional[Priority] = None
    finished_at: Annotated[
        OptionalNullable[str], pydantic.Field(alias="finishedAt")
    ] = UNSET
    """When it finished, if it did."""
    kind: OptionalNullable[Kind] = UNSET
    tags: Optional[List[str]] = None
    meta: Optional[Dict[str, int]] = None


class JobTypedDict(TypedDict):
    id: str
    status: JobStatus
    """Where a job is."""
    priority: NotRequired[Optional[Priority]]
    finished_at: NotRequired[Optional[str]]
    """When it finished, if it did."""
    kind: NotRequired[Optional[Kind]]
    tags: NotRequired[Optional[List[str]]]
    meta: NotRequired[Optional[Dict[str, int]]]
