# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

import typing
from typing import Any, Dict, List, NotRequired, Optional, TypedDict, Union

from .. import schemas


class CreateAndTrainModelDto(TypedDict):
    name: NotRequired[str]
    """Provide a name so you can more easily identify the model."""
    subject_keyword: NotRequired[str]
    """This is the keyword you will use during image generation to trigger your custom subject. For example "a photo of @me"."""
    subject_type: NotRequired[str]
    """The subject type - a short description, usually a noun, that describes what the underlying model is learning. For example: person, man, woman, cat, dog, icon, style. Defaults to "person"."""
    webhook_url: NotRequired[str]
    """An optional webhook URL that will be called with a POST request when the model completes training or fails."""
    image_sample_urls: NotRequired[List[str]]
    """An array of strings containing the URLs of the images to upload. Either this or imageSampleFiles is required, but not both."""
    image_sample_files: NotRequired[List[str]]
    """An array of files containing the images to upload. Either this or imageSampleUrls is required, but not both."""


CreateAndTrainModelDtoSchema: schemas.ObjectSchema = schemas.ObjectSchema(
    "CreateAndTrainModelDto",
    lambda: (
        schemas.Property("name", "name", schemas.StrSchema()),
        schemas.Property("subjectKeyword", "subject_keyword", schemas.StrSchema()),
        schemas.Property("subjectType", "subject_type", schemas.StrSchema()),
        schemas.Property("webhookUrl", "webhook_url", schemas.StrSchema()),
        schemas.Property(
            "imageSampleUrls",
            "image_sample_urls",
            schemas.ListSchema(schemas.StrSchema(format="string")),
        ),
        schemas.Property(
            "imageSampleFiles",
            "image_sample_files",
            schemas.ListSchema(schemas.BinarySchema()),
        ),
    ),
)
