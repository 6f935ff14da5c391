# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class ThingOwner(TypedDict):
    name: NotRequired[str]


ThingOwnerSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "ThingOwner",
    lambda: (schemas.Property("name", "name", schemas.StrSchema()),),
)
