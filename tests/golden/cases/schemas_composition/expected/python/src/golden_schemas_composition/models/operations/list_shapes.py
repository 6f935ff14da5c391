# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, NotRequired, Optional, Union

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class ListShapesResponse(OperationResponse):
    object: Optional[
        List[
            Annotated[
                Union[shared.Circle, shared.Square, Dict[str, Any]],
                OneOf(open_member=True),
            ]
        ]
    ] = None
    """The parsed response body"""


class ListShapesResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[
        Optional[List[Union[shared.CircleTypedDict, shared.SquareTypedDict]]]
    ]
    """The parsed response body"""
