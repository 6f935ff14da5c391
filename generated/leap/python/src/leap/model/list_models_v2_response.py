# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas
from . import model_v2_entity

if typing.TYPE_CHECKING:
    from .model_v2_entity import ModelV2Entity


class ListModelsV2Response(TypedDict):
    models: List[ModelV2Entity]


ListModelsV2ResponseSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "ListModelsV2Response",
    lambda: (
        schemas.Property(
            "models",
            "models",
            schemas.ListSchema(model_v2_entity.ModelV2EntitySchema),
            required=True,
        ),
    ),
)
