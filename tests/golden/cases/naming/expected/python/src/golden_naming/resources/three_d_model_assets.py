# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
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
        return self._call(_op_get_3d_models_by_user_id, locals())

    get_3d_models_by_user_id_async = async_twin(get_3d_models_by_user_id)


# what each operation sends and expects, for its two methods
_op_get_3d_models_by_user_id = Op(
    "GET",
    "/models-3d/user/{userId}",
    lambda: (
        operations.Get3DModelsByUserIDResponse,
        {"200": operations.Get3DModelsByUserIDResponseBody},
        None,
    ),
    path_params={"userId": "user_id"},
    query={"from": "from_"},
)
