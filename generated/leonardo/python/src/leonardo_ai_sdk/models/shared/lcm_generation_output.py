# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET


class LcmGenerationOutput(BaseModel):
    non_nullable_fields = frozenset({"image_data_url", "request_timestamp"})

    image_data_url: Annotated[
        Optional[List[str]], pydantic.Field(alias="imageDataUrl")
    ] = None
    request_timestamp: Annotated[
        Optional[str], pydantic.Field(alias="requestTimestamp")
    ] = None
    api_credit_cost: Annotated[
        OptionalNullable[int], pydantic.Field(alias="apiCreditCost")
    ] = UNSET
    """API credits cost, available for Production API users."""


class LcmGenerationOutputTypedDict(TypedDict):
    image_data_url: NotRequired[Optional[List[str]]]
    request_timestamp: NotRequired[Optional[str]]
    api_credit_cost: NotRequired[Optional[int]]
    """API credits cost, available for Production API users."""
