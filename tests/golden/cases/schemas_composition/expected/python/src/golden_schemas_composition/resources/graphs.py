# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from .. import utils
from .._basesdk import BaseSDK, Op, async_twin
from ..models import operations, shared


class Graphs(BaseSDK):
    def get_author(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetAuthorResponse:
        return self._call(_op_get_author, locals())

    get_author_async = async_twin(get_author)

    def get_tree(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.GetTreeResponse:
        return self._call(_op_get_tree, locals())

    get_tree_async = async_twin(get_tree)


# what each operation sends and expects, for its two methods
_op_get_author = Op(
    "GET",
    "/authors",
    lambda: (operations.GetAuthorResponse, {"200": shared.Author}, None),
)
_op_get_tree = Op(
    "GET", "/tree", lambda: (operations.GetTreeResponse, {"200": shared.TreeNode}, None)
)
