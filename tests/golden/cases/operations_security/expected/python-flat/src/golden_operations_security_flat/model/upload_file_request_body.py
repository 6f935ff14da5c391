# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class UploadFileRequestBody(TypedDict):
    file: str
    note: NotRequired[str]
    tags: NotRequired[List[str]]


UploadFileRequestBodySchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "UploadFileRequestBody",
    lambda: (
        schemas.Property("file", "file", schemas.BinarySchema(), required=True),
        schemas.Property("note", "note", schemas.StrSchema()),
        schemas.Property("tags", "tags", schemas.ListSchema(schemas.StrSchema())),
    ),
)
