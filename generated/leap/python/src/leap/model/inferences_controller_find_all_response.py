# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas
from . import inference_entity

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from .inference_entity import InferenceEntity

InferencesControllerFindAllResponse: TypeAlias = "List[InferenceEntity]"

InferencesControllerFindAllResponseSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(inference_entity.InferenceEntitySchema)
)
