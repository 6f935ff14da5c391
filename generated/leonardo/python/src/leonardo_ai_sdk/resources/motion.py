# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Motion(BaseSDK):
    def create_svd_motion_generation(
        self,
        *,
        request: Optional[
            Union[
                operations.CreateSVDMotionGenerationRequestBody,
                operations.CreateSVDMotionGenerationRequestBodyTypedDict,
            ]
        ] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.CreateSVDMotionGenerationResponse:
        """Create SVD Motion Generation

        This endpoint will generate a SVD motion generation."""
        return self._call(_op_create_svd_motion_generation, locals())

    create_svd_motion_generation_async = async_twin(create_svd_motion_generation)


# what each operation sends and expects, for its two methods
_op_create_svd_motion_generation = Op(
    "POST",
    "/generations-motion-svd",
    lambda: (
        operations.CreateSVDMotionGenerationResponse,
        {"200": operations.CreateSVDMotionGenerationResponseBody},
        operations.CreateSVDMotionGenerationRequestBody,
    ),
    body="request",
)
