# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations


class Odd(BaseSDK):
    """A tag | with a pipe and `code` and {{ braces }}"""

    def do_odd(
        self,
        *,
        id: str,
        request_body: Union[
            operations.DoOddRequestBody, operations.DoOddRequestBodyTypedDict
        ],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DoOddResponse:
        """Do it | now `fast` {{ now }} */

        Ends with a quote"
        and \"\"\"triple\"\"\" quotes, a trailing backslash \\"""
        return self._call(_op_do_odd, locals())

    do_odd_async = async_twin(do_odd)


# what each operation sends and expects, for its two methods
_op_do_odd = Op(
    "POST",
    "/odd/{id}",
    lambda: (
        operations.DoOddResponse,
        {"200": operations.DoOddResponseBody},
        operations.DoOddRequestBody,
    ),
    path_params={"id": "id"},
    body="request_body",
    required=True,
)
