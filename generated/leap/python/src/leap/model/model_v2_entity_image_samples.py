# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

ModelV2EntityImageSamples: TypeAlias = "List[str]"

ModelV2EntityImageSamplesSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(schemas.StrSchema())
)
