# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .job import *
    from .job_status import *
    from .kind import *
    from .priority import *
    from .security import *

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
