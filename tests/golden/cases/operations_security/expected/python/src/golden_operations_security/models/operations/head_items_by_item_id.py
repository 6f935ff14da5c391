# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class HeadItemsByItemIDRequest(BaseModel):
    item_id: Annotated[int, pydantic.Field(alias="itemId")]
    x_request_id: Annotated[Optional[str], pydantic.Field(alias="X-Request-Id")] = None


class HeadItemsByItemIDRequestTypedDict(TypedDict):
    item_id: int
    x_request_id: NotRequired[Optional[str]]


class HeadItemsByItemIDResponse(OperationResponse):
    pass


class HeadItemsByItemIDResponseTypedDict(OperationResponseTypedDict):
    pass
