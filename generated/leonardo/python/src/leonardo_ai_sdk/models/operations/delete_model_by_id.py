# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class DeleteModelByIDDeleteCustomModelsByPk(BaseModel):
    """columns and relationships of "custom_models\" """

    id: Optional[str] = None


class DeleteModelByIDResponseBody(BaseModel):
    delete_custom_models_by_pk: Optional[DeleteModelByIDDeleteCustomModelsByPk] = None
    """columns and relationships of "custom_models\""""


class DeleteModelByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[DeleteModelByIDResponseBody] = None
    """The parsed response body"""
