# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Item(TypedDict):
    name: str
    size: NotRequired[int]
    tags: NotRequired[List[str]]


ItemSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Item",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema(), required=True),
        schemas.Property("size", "size", schemas.IntSchema()),
        schemas.Property("tags", "tags", schemas.ListSchema(schemas.StrSchema())),
    ),
)
