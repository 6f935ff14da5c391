# Generated from spec.yaml. Do not edit.
"""GraphsApi.get_tree: GET /tree"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import tree_node
from ...model.tree_node import TreeNode

SchemaFor200ResponseBodyApplicationJson = tree_node.TreeNodeSchema


class ApiResponseFor200(api_client.ApiResponse[TreeNode]):
    """a recursive model"""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GraphsApi.get_tree",
    method="GET",
    path="/tree",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
