# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .job import Job, JobTypedDict
    from .job_status import JobStatus
    from .kind import Kind
    from .priority import Priority
    from .security import Security, SecurityTypedDict

__all__ = [
    "Job",
    "JobTypedDict",
    "JobStatus",
    "Kind",
    "Priority",
    "Security",
    "SecurityTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "Job": ".job",
        "JobTypedDict": ".job",
        "JobStatus": ".job_status",
        "Kind": ".kind",
        "Priority": ".priority",
        "Security": ".security",
        "SecurityTypedDict": ".security",
    },
)
