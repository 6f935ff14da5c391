# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OpenEnumMeta, OperationResponse
from ...types import OperationResponseTypedDict


class Mode(str, Enum, metaclass=OpenEnumMeta):
    """pick | one"""

    A_B = "a|b"
    C_D = 'c"d'
    E_F = "e\\f"
    EMPTY = "*/"
    X = "{{x}}"


class DoOddRequestBody(BaseModel):
    """Body \"\"\" docs {{ x }}"""

    non_nullable_fields = frozenset({"mode"})

    always_send_fields = frozenset({"text"})

    text: str = 'It\'s a "default" with \'\'\' and """ {{ x }}'
    """Field ends with backslash \\"""
    mode: Optional[Mode] = None
    """pick | one"""


class DoOddRequestBodyTypedDict(TypedDict):
    """Body \"\"\" docs {{ x }}"""

    text: NotRequired[str]
    """Field ends with backslash \\"""
    mode: NotRequired[Optional[Mode]]
    """pick | one"""


class DoOddResponseBody(BaseModel):
    non_nullable_fields = frozenset({"weird_key"})

    weird_key: Annotated[Optional[str], pydantic.Field(alias="weird key")] = None
    """`backticks` and ``double``"""


class DoOddResponseBodyTypedDict(TypedDict):
    weird_key: NotRequired[Optional[str]]
    """`backticks` and ``double``"""


class DoOddRequest(BaseModel):
    id: str
    """An id | with "quotes" and a
newline */"""
    request_body: DoOddRequestBody


class DoOddRequestTypedDict(TypedDict):
    id: str
    """An id | with "quotes" and a
newline */"""
    request_body: DoOddRequestBodyTypedDict


class DoOddResponse(OperationResponse):
    object: Optional[DoOddResponseBody] = None
    """The parsed response body"""


class DoOddResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[DoOddResponseBodyTypedDict]]
    """The parsed response body"""
