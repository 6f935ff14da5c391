# Generated from spec.yaml. Do not edit.
"""AccountsApi.get_inventory: GET /inventory"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import inventory
from ...model.inventory import Inventory

SchemaFor200ResponseBodyApplicationJson = inventory.InventorySchema


class ApiResponseFor200(api_client.ApiResponse[Inventory]):
    """named counts"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="AccountsApi.get_inventory",
    method="GET",
    path="/inventory",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
