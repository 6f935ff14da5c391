# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Created(TypedDict):
    id: NotRequired[str]


CreatedSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Created",
    lambda: (schemas.Property("id", "id", schemas.StrSchema()),),
)
