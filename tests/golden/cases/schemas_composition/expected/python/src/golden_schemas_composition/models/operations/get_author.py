# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import NotRequired, Optional

from .. import shared

from ...types import OperationResponse, OperationResponseTypedDict


class GetAuthorResponse(OperationResponse):
    object: Optional[shared.Author] = None
    """The parsed response body"""


class GetAuthorResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.AuthorTypedDict]]
    """The parsed response body"""
