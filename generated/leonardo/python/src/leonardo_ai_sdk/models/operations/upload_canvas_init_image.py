# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class CanvasInitImageUploadOutput(BaseModel):
    init_image_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="initImageId")
    ] = UNSET
    init_fields: Annotated[
        OptionalNullable[str], pydantic.Field(alias="initFields")
    ] = UNSET
    init_key: Annotated[OptionalNullable[str], pydantic.Field(alias="initKey")] = UNSET
    init_url: Annotated[OptionalNullable[str], pydantic.Field(alias="initUrl")] = UNSET
    mask_image_id: Annotated[
        OptionalNullable[str], pydantic.Field(alias="maskImageId")
    ] = UNSET
    mask_fields: Annotated[
        OptionalNullable[str], pydantic.Field(alias="maskFields")
    ] = UNSET
    mask_key: Annotated[OptionalNullable[str], pydantic.Field(alias="maskKey")] = UNSET
    mask_url: Annotated[OptionalNullable[str], pydantic.Field(alias="maskUrl")] = UNSET


class CanvasInitImageUploadOutputTypedDict(TypedDict):
    init_image_id: NotRequired[Optional[str]]
    init_fields: NotRequired[Optional[str]]
    init_key: NotRequired[Optional[str]]
    init_url: NotRequired[Optional[str]]
    mask_image_id: NotRequired[Optional[str]]
    mask_fields: NotRequired[Optional[str]]
    mask_key: NotRequired[Optional[str]]
    mask_url: NotRequired[Optional[str]]


class UploadCanvasInitImageRequestBody(BaseModel):
    init_extension: Annotated[str, pydantic.Field(alias="initExtension")]
    """Has to be png, jpg, jpeg, or webp."""
    mask_extension: Annotated[str, pydantic.Field(alias="maskExtension")]
    """Has to be png, jpg, jpeg, or webp."""


class UploadCanvasInitImageRequestBodyTypedDict(TypedDict):
    init_extension: str
    """Has to be png, jpg, jpeg, or webp."""
    mask_extension: str
    """Has to be png, jpg, jpeg, or webp."""


class UploadCanvasInitImageResponseBody(BaseModel):
    upload_canvas_init_image: Annotated[
        OptionalNullable[CanvasInitImageUploadOutput],
        pydantic.Field(alias="uploadCanvasInitImage"),
    ] = UNSET


class UploadCanvasInitImageResponseBodyTypedDict(TypedDict):
    upload_canvas_init_image: NotRequired[
        Optional[CanvasInitImageUploadOutputTypedDict]
    ]


class UploadCanvasInitImageResponse(OperationResponse):
    object: Optional[UploadCanvasInitImageResponseBody] = None
    """The parsed response body"""


class UploadCanvasInitImageResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[UploadCanvasInitImageResponseBodyTypedDict]]
    """The parsed response body"""
