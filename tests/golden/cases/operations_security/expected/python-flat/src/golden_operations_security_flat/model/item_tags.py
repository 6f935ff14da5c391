# Generated from spec.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

ItemTags: TypeAlias = "List[str]"

ItemTagsSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(schemas.StrSchema())
)
