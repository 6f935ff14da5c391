# Generated from spec.yaml. Do not edit.
"""AccountsApi.put_account: PUT /accounts"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import account
from ...model.account import Account

SchemaForRequestBodyApplicationJson = account.AccountSchema
SchemaFor200ResponseBodyApplicationJson = account.AccountSchema


class ApiResponseFor200(api_client.ApiResponse[Account]):
    """the account"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="AccountsApi.put_account",
    method="PUT",
    path="/accounts",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationJson,
        ("application/json",),
        required=True,
        flattened=True,
    ),
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
