# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateVariationUpscaleRequestBody(BaseModel):
    id: str


class CreateVariationUpscaleRequestBodyTypedDict(TypedDict):
    id: str


class CreateVariationUpscaleSDUpscaleJobOutput(BaseModel):
    non_nullable_fields = frozenset({"id"})

    id: Optional[str] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for Upscale Variation. Available for Production API Users."""


class CreateVariationUpscaleSDUpscaleJobOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for Upscale Variation. Available for Production API Users."""


class CreateVariationUpscaleResponseBody(BaseModel):
    sd_upscale_job: Annotated[
        OptionalNullable[CreateVariationUpscaleSDUpscaleJobOutput],
        pydantic.Field(alias="sdUpscaleJob"),
    ] = UNSET


class CreateVariationUpscaleResponseBodyTypedDict(TypedDict):
    sd_upscale_job: NotRequired[
        Optional[CreateVariationUpscaleSDUpscaleJobOutputTypedDict]
    ]


class CreateVariationUpscaleResponse(OperationResponse):
    object: Optional[CreateVariationUpscaleResponseBody] = None
    """The parsed response body"""


class CreateVariationUpscaleResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateVariationUpscaleResponseBodyTypedDict]]
    """The parsed response body"""
