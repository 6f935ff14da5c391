# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class CreateThingRequestBody(BaseModel):
    non_nullable_fields = frozenset({"weight"})

    always_send_fields = frozenset({"size"})

    name: str
    """Its name."""
    size: int = 3
    """Required, with a default."""
    weight: Optional[float] = None


class CreateThingRequestBodyTypedDict(TypedDict):
    name: str
    """Its name."""
    size: NotRequired[int]
    """Required, with a default."""
    weight: NotRequired[Optional[float]]


class CreateThingResponseBody(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None


class CreateThingResponseBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]


class CreateThingRequest(BaseModel):
    user_id: Annotated[str, pydantic.Field(alias="userId")]
    request_body: Optional[CreateThingRequestBody] = None
    """The thing to create."""


class CreateThingRequestTypedDict(TypedDict):
    user_id: str
    request_body: NotRequired[Optional[CreateThingRequestBodyTypedDict]]
    """The thing to create."""


class CreateThingResponse(OperationResponse):
    object: Optional[CreateThingResponseBody] = None
    """The parsed response body"""


class CreateThingResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateThingResponseBodyTypedDict]]
    """The parsed response body"""
