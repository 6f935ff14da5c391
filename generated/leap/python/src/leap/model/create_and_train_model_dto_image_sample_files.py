# Generated from spec/leap/openapi.yaml. Do not edit.
"""An array of files containing the images to upload. Either this or imageSampleUrls is required, but not both."""

from __future__ import annotations

import typing
from typing import TypeAlias

from .. import schemas

if typing.TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

CreateAndTrainModelDtoImageSampleFiles: TypeAlias = "List[str]"

CreateAndTrainModelDtoImageSampleFilesSchema: schemas.Schema = schemas.Lazy(
    lambda: schemas.ListSchema(schemas.BinarySchema())
)
