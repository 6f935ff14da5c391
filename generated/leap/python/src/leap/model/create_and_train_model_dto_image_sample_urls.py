# Generated from spec/leap/openapi.yaml. Do not edit.
"""An array of strings containing the URLs of the images to upload. Either this or imageSampleFiles is required, but not both."""

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

CreateAndTrainModelDtoImageSampleUrls: TypeAlias = "List[str]"

CreateAndTrainModelDtoImageSampleUrlsSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(schemas.StrSchema(format="string"))
)
