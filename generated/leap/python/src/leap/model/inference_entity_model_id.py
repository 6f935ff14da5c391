# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

InferenceEntityModelId: TypeAlias = "List[str]"

InferenceEntityModelIdSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(schemas.StrSchema())
)
