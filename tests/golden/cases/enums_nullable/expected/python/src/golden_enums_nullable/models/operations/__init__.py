# Generated from spec.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from .get_job import (
        GetJobRequest,
        GetJobRequestTypedDict,
        GetJobResponse,
        GetJobResponseTypedDict,
    )

__all__ = [
    "GetJobRequest",
    "GetJobRequestTypedDict",
    "GetJobResponse",
    "GetJobResponseTypedDict",
]

__getattr__, __dir__ = attach(
    __name__,
    {
        "GetJobRequest": ".get_job",
        "GetJobRequestTypedDict": ".get_job",
        "GetJobResponse": ".get_job",
        "GetJobResponseTypedDict": ".get_job",
    },
)
