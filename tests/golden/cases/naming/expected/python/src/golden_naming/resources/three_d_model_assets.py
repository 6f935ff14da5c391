# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK
from ..models import operations


class ThreeDModelAssets(BaseSDK):
    def get_3d_models_by_user_id(
        self,
        *,
        user_id: str,
        from_: Optional[int] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelsByUserIDResponse:
        """Get 3D models by user ID"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"from": from_},
        )

        return self._handle_response(
            self._send(http_req, retries),
            response_cls=operations.Get3DModelsByUserIDResponse,
            body_models={"200": operations.Get3DModelsByUserIDResponseBody},
        )

    async def get_3d_models_by_user_id_async(
        self,
        *,
        user_id: str,
        from_: Optional[int] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.Get3DModelsByUserIDResponse:
        """Get 3D models by user ID"""
        http_req = self._build_request(
            method="GET",
            path="/models-3d/user/{userId}",
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
            path_params={"userId": user_id},
            query_params={"from": from_},
        )

        return self._handle_response(
            await self._send_async(http_req, retries),
            response_cls=operations.Get3DModelsByUserIDResponse,
            body_models={"200": operations.Get3DModelsByUserIDResponseBody},
        )
