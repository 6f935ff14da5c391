# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class InferenceImageEntity(TypedDict):
    id: str
    created_at: str
    uri: str


InferenceImageEntitySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "InferenceImageEntity",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(), required=True),
        schemas.Property("createdAt", "created_at", schemas.StrSchema(), required=True),
        schemas.Property("uri", "uri", schemas.StrSchema(), required=True),
    ),
)
