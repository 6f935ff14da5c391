# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CreateVariationNoBGRequestBody(BaseModel):
    non_nullable_fields = frozenset({"is_variation"})

    id: str
    is_variation: Annotated[Optional[bool], pydantic.Field(alias="isVariation")] = None


class CreateVariationNoBGRequestBodyTypedDict(TypedDict):
    id: str
    is_variation: NotRequired[Optional[bool]]


class SDUpscaleJobOutput(BaseModel):
    id: OptionalNullable[str] = UNSET
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API Credits Cost for No Background Variation. Available for Production API Users."""


class SDUpscaleJobOutputTypedDict(TypedDict):
    id: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API Credits Cost for No Background Variation. Available for Production API Users."""


class CreateVariationNoBGResponseBody(BaseModel):
    non_nullable_fields = frozenset({"sd_nobg_job"})

    sd_nobg_job: Annotated[
        Optional[SDUpscaleJobOutput], pydantic.Field(alias="sdNobgJob")
    ] = None


class CreateVariationNoBGResponseBodyTypedDict(TypedDict):
    sd_nobg_job: NotRequired[Optional[SDUpscaleJobOutputTypedDict]]


class CreateVariationNoBGResponse(OperationResponse):
    object: Optional[CreateVariationNoBGResponseBody] = None
    """The parsed response body"""


class CreateVariationNoBGResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[CreateVariationNoBGResponseBodyTypedDict]]
    """The parsed response body"""
