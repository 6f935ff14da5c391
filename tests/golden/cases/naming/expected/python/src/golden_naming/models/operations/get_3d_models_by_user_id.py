# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Annotated, List, NotRequired, Optional, TypedDict

import pydantic


from ...types import BaseModel, OperationResponse, OperationResponseTypedDict


class ModelAssets(BaseModel):
    non_nullable_fields = frozenset(
        {"model_fields_", "class_", "typename", "motion_mp4_url"}
    )

    model_fields_: Annotated[Optional[str], pydantic.Field(alias="modelFields")] = None
    class_: Annotated[Optional[str], pydantic.Field(alias="class")] = None
    typename: Annotated[Optional[str], pydantic.Field(alias="__typename")] = None
    motion_mp4_url: Annotated[Optional[str], pydantic.Field(alias="motionMP4URL")] = (
        None
    )


class ModelAssetsTypedDict(TypedDict):
    model_fields_: NotRequired[Optional[str]]
    class_: NotRequired[Optional[str]]
    typename: NotRequired[Optional[str]]
    motion_mp4_url: NotRequired[Optional[str]]


class Get3DModelsByUserIDResponseBody(BaseModel):
    non_nullable_fields = frozenset({"model_assets"})

    model_assets: Optional[List[ModelAssets]] = None


class Get3DModelsByUserIDResponseBodyTypedDict(TypedDict):
    model_assets: NotRequired[Optional[List[ModelAssetsTypedDict]]]


class Get3DModelsByUserIDRequest(BaseModel):
    user_id: Annotated[str, pydantic.Field(alias="userId")]
    from_: Annotated[Optional[int], pydantic.Field(alias="from")] = None


class Get3DModelsByUserIDRequestTypedDict(TypedDict):
    user_id: str
    from_: NotRequired[Optional[int]]


class Get3DModelsByUserIDResponse(OperationResponse):
    object: Optional[Get3DModelsByUserIDResponseBody] = None
    """The parsed response body"""


class Get3DModelsByUserIDResponseTypedDict(OperationResponseTypedDict):
    object: NotRequired[Optional[Get3DModelsByUserIDResponseBodyTypedDict]]
    """The parsed response body"""
