# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class ModelV2Entity(TypedDict):
    id: str
    name: str
    created_at: str
    subject_keyword: str
    subject_type: str
    status: str
    image_samples: List[str]


ModelV2EntitySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "ModelV2Entity",
    lambda: (
        schemas.Property("id", "id", schemas.StrSchema(), required=True),
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("createdAt", "created_at", schemas.StrSchema(), required=True),
        schemas.Property(
            "subjectKeyword", "subject_keyword", schemas.StrSchema(), required=True
        ),
        schemas.Property(
            "subjectType", "subject_type", schemas.StrSchema(), required=True
        ),
        schemas.Property("status", "status", schemas.StrSchema(), required=True),
        schemas.Property(
            "imageSamples",
            "image_samples",
            schemas.ListSchema(schemas.StrSchema()),
            required=True,
        ),
    ),
)
