# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class Get3DModelsByUserIDModelAssets(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"model_fields_", "class_", "typename", "motion_mp4_url"}
    )
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    model_fields_: Annotated[Optional[str], pydantic.Field(alias="modelFields")] = None
    class_: Annotated[Optional[str], pydantic.Field(alias="class")] = None
    typename: Annotated[Optional[str], pydantic.Field(alias="__typename")] = None
    motion_mp4_url: Annotated[Optional[str], pydantic.Field(alias="motionMP4URL")] = (
        None
    )


class Get3DModelsByUserIDResponseBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"model_assets"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    model_assets: Optional[List[Get3DModelsByUserIDModelAssets]] = None


class Get3DModelsByUserIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[Get3DModelsByUserIDResponseBody] = None
    """The parsed response body"""
