# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .job import Job as Job, JobTypedDict as JobTypedDict
    from .job_status import JobStatus as JobStatus
    from .kind import Kind as Kind
    from .priority import Priority as Priority
    from .security import Security as Security, SecurityTypedDict as SecurityTypedDict

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".job": "Job JobTypedDict",
        ".job_status": "JobStatus",
        ".kind": "Kind",
        ".priority": "Priority",
        ".security": "Security SecurityTypedDict",
    },
)
