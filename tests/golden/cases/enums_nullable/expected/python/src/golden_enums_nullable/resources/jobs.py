# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
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
        http_req = self._build_request(
            method="GET",
            path="/jobs/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"state": state},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.GetJobResponse,
            body_models={"200": shared.Job},
        )

    async def get_job_async(
        self,
        *,
        id: str,
        state: Optional[shared.JobStatus] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetJobResponse:
        """Get a job"""
        http_req = self._build_request(
            method="GET",
            path="/jobs/{id}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"id": id},
            query_params={"state": state},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.GetJobResponse,
            body_models={"200": shared.Job},
        )
