# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class UploadModelAssetRequestBody(BaseModel):
    non_nullable_fields: ClassVar[frozenset[str]] = frozenset({"model_extension"})
    """Optional fields the spec does not allow to be null: null is refused, leaving one out is fine."""

    model_extension: Annotated[
        Optional[str], pydantic.Field(alias="modelExtension")
    ] = None
    name: Optional[str] = None


class UploadModelAssetUploadModelAsset(BaseModel):
    model_fields_: Annotated[Optional[str], pydantic.Field(alias="modelFields")] = None
    model_id: Annotated[Optional[str], pydantic.Field(alias="modelId")] = None
    model_key: Annotated[Optional[str], pydantic.Field(alias="modelKey")] = None
    model_url: Annotated[Optional[str], pydantic.Field(alias="modelUrl")] = None


class UploadModelAssetResponseBody(BaseModel):
    upload_model_asset: Annotated[
        Optional[UploadModelAssetUploadModelAsset],
        pydantic.Field(alias="uploadModelAsset"),
    ] = None


class UploadModelAssetResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[UploadModelAssetResponseBody] = None
    """The parsed response body"""
