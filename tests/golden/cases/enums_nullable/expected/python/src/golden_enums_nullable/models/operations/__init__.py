# Generated from spec.yaml. Do not edit.

from .get_job import GetJobResponse

__all__ = [
    "GetJobResponse",
]
