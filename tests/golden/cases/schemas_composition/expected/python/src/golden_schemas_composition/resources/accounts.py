# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations, shared


class Accounts(BaseSDK):
    def get_inventory(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetInventoryResponse:
        return self._call(_op_get_inventory, locals())

    get_inventory_async = async_twin(get_inventory)

    def get_misc(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetMiscResponse:
        return self._call(_op_get_misc, locals())

    get_misc_async = async_twin(get_misc)

    def put_account(
        self,
        *,
        request: Union[shared.Account, shared.AccountTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PutAccountResponse:
        return self._call(_op_put_account, locals())

    put_account_async = async_twin(put_account)


# what each operation sends and expects, for its two methods
_op_get_inventory = Op(
    "GET",
    "/inventory",
    lambda: (operations.GetInventoryResponse, {"200": shared.Inventory}, None),
)
_op_get_misc = Op(
    "GET",
    "/misc",
    lambda: (operations.GetMiscResponse, {"200": operations.GetMiscResponseBody}, None),
)
_op_put_account = Op(
    "PUT",
    "/accounts",
    lambda: (operations.PutAccountResponse, {"200": shared.Account}, shared.Account),
    body="request",
    required=True,
)
