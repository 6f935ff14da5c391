# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class User(BaseSDK):
    def get_user_self(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetUserSelfResponse:
        """Get user information

        This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
        """
        return self._call(_op_get_user_self, locals())

    get_user_self_async = async_twin(get_user_self)


# what each operation sends and expects, for its two methods
_op_get_user_self = Op(
    "GET",
    "/me",
    lambda: (
        operations.GetUserSelfResponse,
        {"200": operations.GetUserSelfResponseBody},
        None,
    ),
)
