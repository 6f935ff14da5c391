# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET


class ElementInput(BaseModel):
    ak_uuid: Annotated[OptionalNullable[str], pydantic.Field(alias="akUUID")] = UNSET
    """Unique identifier for element. Elements can be found from the List Elements endpoint."""
    weight: OptionalNullable[float] = UNSET
    """Weight for the element"""


class ElementInputTypedDict(TypedDict):
    ak_uuid: NotRequired[Optional[str]]
    """Unique identifier for element. Elements can be found from the List Elements endpoint."""
    weight: NotRequired[Optional[float]]
    """Weight for the element"""
