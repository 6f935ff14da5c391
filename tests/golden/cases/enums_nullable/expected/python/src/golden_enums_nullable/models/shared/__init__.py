# Generated from spec.yaml. Do not edit.

from .job import Job
from .job_kind import JobKind
from .job_status import JobStatus
from .priority import Priority

__all__ = [
    "Job",
    "JobKind",
    "JobStatus",
    "Priority",
]
