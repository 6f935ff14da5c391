# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class DeleteGenerationByIDDeleteGenerationsByPk(BaseModel):
    """columns and relationships of "generations\" """

    id: Optional[str] = None


class DeleteGenerationByIDResponseBody(BaseModel):
    delete_generations_by_pk: Optional[DeleteGenerationByIDDeleteGenerationsByPk] = None
    """columns and relationships of "generations\""""


class DeleteGenerationByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[DeleteGenerationByIDResponseBody] = None
    """The parsed response body"""
