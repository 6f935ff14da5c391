# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class Problem(TypedDict):
    title: NotRequired[str]
    status: NotRequired[int]


ProblemSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "Problem",
    lambda: (
        schemas.Property("title", "title", schemas.StrSchema()),
        schemas.Property("status", "status", schemas.IntSchema()),
    ),
)
