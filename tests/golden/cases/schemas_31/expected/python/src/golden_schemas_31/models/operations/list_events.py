# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import List, NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class ListEventsResponse(OperationResponse):
    object: Optional[List[shared.Event]] = None
    """The parsed response body"""


class ListEventsResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[List[shared.EventTypedDict]]]
    """The parsed response body"""
