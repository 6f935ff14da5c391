# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class CreateVariationNoBGRequestBody(BaseModel):
    non_nullable_fields = frozenset({"user_id", "user_id_camel"})

    user_id: Optional[str] = None
    user_id_camel: Annotated[Optional[str], pydantic.Field(alias="userId")] = None


class CreateVariationNoBGRequestBodyTypedDict(TypedDict):
    user_id: NotRequired[Optional[str]]
    user_id_camel: NotRequired[Optional[str]]


class CreateVariationNoBGResponse(OperationResponse):
    pass


class CreateVariationNoBGResponseTypedDict(OperationResponseTypedDict):
    pass
