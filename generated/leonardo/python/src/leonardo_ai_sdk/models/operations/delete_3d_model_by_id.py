# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class Delete3DModelByIDDeleteModelAssetsByPk(BaseModel):
    """columns and relationships of "model_assets\" """

    id: Optional[str] = None


class Delete3DModelByIDRequestBody(BaseModel):
    id: Optional[str] = None


class Delete3DModelByIDResponseBody(BaseModel):
    delete_model_assets_by_pk: Optional[Delete3DModelByIDDeleteModelAssetsByPk] = None
    """columns and relationships of "model_assets\""""


class Delete3DModelByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[Delete3DModelByIDResponseBody] = None
    """The parsed response body"""
