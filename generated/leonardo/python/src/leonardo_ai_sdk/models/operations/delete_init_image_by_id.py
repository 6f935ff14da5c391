# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta, RawResponse


class DeleteInitImageByIDDeleteInitImagesByPk(BaseModel):
    """columns and relationships of "init_images\" """

    id: Optional[str] = None


class DeleteInitImageByIDResponseBody(BaseModel):
    delete_init_images_by_pk: Optional[DeleteInitImageByIDDeleteInitImagesByPk] = None
    """columns and relationships of "init_images\""""


class DeleteInitImageByIDResponse(BaseModel):
    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""

    object: Optional[DeleteInitImageByIDResponseBody] = None
    """The parsed response body"""
