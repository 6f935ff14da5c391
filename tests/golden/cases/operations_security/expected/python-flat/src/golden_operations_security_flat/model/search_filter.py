# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class SearchFilter(TypedDict):
    name: NotRequired[str]
    size: NotRequired[int]


SearchFilterSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "SearchFilter",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema()),
        schemas.Property("size", "size", schemas.IntSchema()),
    ),
)
