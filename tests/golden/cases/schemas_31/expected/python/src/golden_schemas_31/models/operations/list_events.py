# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import List, NotRequired, Optional

import pydantic

from .. import shared

from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)


class ListEventsResponse(OperationResponse):
    object: Optional[List[shared.Event]] = None
    """The parsed response body"""


class ListEventsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[List[shared.EventTypedDict]]]
    """The parsed response body"""
