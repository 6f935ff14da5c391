# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations, shared


class Jobs(BaseSDK):
    def get_job(
        self,
        *,
        id: str,
        state: Optional[shared.JobStatus] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetJobResponse:
        """Get a job"""
        return self._call(_op_get_job, locals())

    get_job_async = async_twin(get_job)


# what each operation sends and expects, for its two methods
_op_get_job = Op(
    "GET",
    "/jobs/{id}",
    lambda: (operations.GetJobResponse, {"200": shared.Job}, None),
    path_params={"id": "id"},
    query={"state": "state"},
)
