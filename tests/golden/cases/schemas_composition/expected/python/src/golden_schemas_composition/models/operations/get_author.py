# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import NotRequired, Optional

import pydantic

from .. import shared

from ...types import (
    BaseModel,
    OpenEnumMeta,
    OperationResponse,
    OperationResponseTypedDict,
)


class GetAuthorResponse(OperationResponse):
    object: Optional[shared.Author] = None
    """The parsed response body"""


class GetAuthorResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[shared.AuthorTypedDict]]
    """The parsed response body"""
