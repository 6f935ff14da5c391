# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateVariationUnzoomRequestBody(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None
    is_variation: Annotated[
        OptionalNullable[bool], pydantic.Field(alias="isVariation")
    ] = UNSET


class CreateVariationUnzoomRequestBodyTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    is_variation: NotRequired[Optional[bool]]


class SDUnzoomOutput(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Unzoom Variation. Available for Production API Users."""


class SDUnzoomOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Unzoom Variation. Available for Production API Users."""


class CreateVariationUnzoomResponseBody(BaseModel):
    sd_unzoom_job: Annotated[
        OptionalNullable[SDUnzoomOutput], pydantic.Field(alias="sdUnzoomJob")
    ] = UNSET


class CreateVariationUnzoomResponseBodyTypedDict(TypedDict):
    sd_unzoom_job: NotRequired[Optional[SDUnzoomOutputTypedDict]]


class CreateVariationUnzoomResponse(OperationResponse):
    object: Optional[CreateVariationUnzoomResponseBody] = None
    """The parsed response body"""


class CreateVariationUnzoomResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateVariationUnzoomResponseBodyTypedDict]]
    """The parsed response body"""
