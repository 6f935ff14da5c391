# Generated from spec.yaml. Do not edit.
"""An id."""

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

Uid: TypeAlias = "str"

UidSchema: schemas.Schema = schemas.Lazy(lambda: schemas.StrSchema(format="uuid"))
