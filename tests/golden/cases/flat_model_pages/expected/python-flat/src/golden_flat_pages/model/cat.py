# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Cat(TypedDict):
    meow: bool


CatSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Cat",
    lambda: (schemas.Property("meow", "meow", schemas.BoolSchema(), required=True),),
)
