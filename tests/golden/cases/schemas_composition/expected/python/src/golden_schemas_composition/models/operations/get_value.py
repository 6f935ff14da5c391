# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, List, NotRequired, Optional, Union

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict
from ...unions import OneOf


class GetValueResponse(OperationResponse):
    object: Optional[
        Annotated[
            Union[str, int, List[str], shared.Cat, Dict[str, Any]],
            OneOf(open_member=True),
        ]
    ] = None
    """The parsed response body"""


class GetValueResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Union[str, int, List[str], shared.CatTypedDict]]]
    """The parsed response body"""
