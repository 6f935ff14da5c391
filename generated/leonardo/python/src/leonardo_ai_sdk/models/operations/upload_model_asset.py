# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OptionalNullable, UNSET, OperationResponse
from ...types import OperationResponseTypedDict


class ModelAssetUploadOutput(BaseModel):
    model_fields_: Annotated[
        OptionalNullable[str], pydantic.Field(alias="modelFields")
    ] = UNSET
    model_id: Annotated[OptionalNullable[str], pydantic.Field(alias="modelId")] = UNSET
    model_key: Annotated[OptionalNullable[str], pydantic.Field(alias="modelKey")] = (
        UNSET
    )
    model_url: Annotated[OptionalNullable[str], pydantic.Field(alias="modelUrl")] = (
        UNSET
    )


class ModelAssetUploadOutputTypedDict(TypedDict):
    model_fields_: NotRequired[Optional[str]]
    model_id: NotRequired[Optional[str]]
    model_key: NotRequired[Optional[str]]
    model_url: NotRequired[Optional[str]]


class UploadModelAssetRequestBody(BaseModel):
    non_nullable_fields = frozenset({"model_extension"})

    model_extension: Annotated[
        Optional[str], pydantic.Field(alias="modelExtension")
    ] = None
    name: OptionalNullable[str] = UNSET


class UploadModelAssetRequestBodyTypedDict(TypedDict):
    model_extension: NotRequired[Optional[str]]
    name: NotRequired[Optional[str]]


class UploadModelAssetResponseBody(BaseModel):
    upload_model_asset: Annotated[
        OptionalNullable[ModelAssetUploadOutput],
        pydantic.Field(alias="uploadModelAsset"),
    ] = UNSET


class UploadModelAssetResponseBodyTypedDict(TypedDict):
    upload_model_asset: NotRequired[Optional[ModelAssetUploadOutputTypedDict]]


class UploadModelAssetResponse(OperationResponse):
    object: Optional[UploadModelAssetResponseBody] = None
    """The parsed response body"""


class UploadModelAssetResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[UploadModelAssetResponseBodyTypedDict]]
    """The parsed response body"""
