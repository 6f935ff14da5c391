# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class DeleteTextureGenerationByIDDeleteModelAssetTextureGenerationsByPk(BaseModel):
    """columns and relationships of "model_asset_texture_generations\" """

    id: Optional[str] = None


class DeleteTextureGenerationByIDRequestBody(BaseModel):
    id: Optional[str] = None


class DeleteTextureGenerationByIDResponseBody(BaseModel):
    delete_model_asset_texture_generations_by_pk: Optional[
        DeleteTextureGenerationByIDDeleteModelAssetTextureGenerationsByPk
    ] = None
    """columns and relationships of "model_asset_texture_generations\""""


class DeleteTextureGenerationByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[DeleteTextureGenerationByIDResponseBody] = None
    """The parsed response body"""
