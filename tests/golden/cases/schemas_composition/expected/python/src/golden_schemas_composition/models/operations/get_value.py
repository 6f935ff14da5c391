# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Dict, List, NotRequired, Optional, Union

import pydantic

from .. import shared

from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)
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
