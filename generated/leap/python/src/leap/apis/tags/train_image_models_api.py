# Generated from spec/leap/openapi.yaml. Do not edit.
"""Train Image Models"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.train_image_models import delete_model as delete_model_
from ...operations.train_image_models import get_model as get_model_
from ...operations.train_image_models import list_all_models as list_all_models_
from ...operations.train_image_models import train_model as train_model_


class TrainImageModelsApi(api_client.Api):
    """Train Image Models"""

    @typing.overload
    def delete_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> delete_model_.ApiResponseFor200: ...

    @typing.overload
    def delete_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def delete_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[delete_model_.ApiResponseFor200]: ...

    def delete_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[delete_model_.ApiResponseFor200]:
        """Delete a Model

        This endpoint will delete a model. This is not reversible.

        Args:
            model_id: The ID of the model to delete. (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully deleted the model

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(delete_model_.OPERATION, locals())

    async def adelete_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[delete_model_.ApiResponseFor200]:
        """The async twin of `delete_model`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(delete_model_.OPERATION, locals())

    @typing.overload
    def get_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_model_.ApiResponseFor200: ...

    @typing.overload
    def get_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_model_.ApiResponseFor200]: ...

    def get_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_model_.ApiResponseFor200]:
        """Get a Single Model

        This endpoint will return a single model.

        Args:
            model_id: The ID of the model to retrieve. (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved the model.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_model_.OPERATION, locals())

    async def aget_model(
        self,
        model_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_model_.ApiResponseFor200]:
        """The async twin of `get_model`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_model_.OPERATION, locals())

    @typing.overload
    def list_all_models(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> list_all_models_.ApiResponseFor200: ...

    @typing.overload
    def list_all_models(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def list_all_models(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_all_models_.ApiResponseFor200]: ...

    def list_all_models(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_all_models_.ApiResponseFor200]:
        """List All Models

        This endpoint will return a list of all models for the workspace.

        Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved models.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(list_all_models_.OPERATION, locals())

    async def alist_all_models(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_all_models_.ApiResponseFor200]:
        """The async twin of `list_all_models`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(list_all_models_.OPERATION, locals())

    @typing.overload
    def train_model(
        self,
        name: Union[str, schemas.Unset] = schemas.unset,
        subject_keyword: Union[str, schemas.Unset] = schemas.unset,
        subject_type: Union[str, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        image_sample_urls: Union[List[str], schemas.Unset] = schemas.unset,
        image_sample_files: Union[
            List[schemas.FileInput], schemas.Unset
        ] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> train_model_.ApiResponseFor200: ...

    @typing.overload
    def train_model(
        self,
        name: Union[str, schemas.Unset] = schemas.unset,
        subject_keyword: Union[str, schemas.Unset] = schemas.unset,
        subject_type: Union[str, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        image_sample_urls: Union[List[str], schemas.Unset] = schemas.unset,
        image_sample_files: Union[
            List[schemas.FileInput], schemas.Unset
        ] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def train_model(
        self,
        name: Union[str, schemas.Unset] = schemas.unset,
        subject_keyword: Union[str, schemas.Unset] = schemas.unset,
        subject_type: Union[str, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        image_sample_urls: Union[List[str], schemas.Unset] = schemas.unset,
        image_sample_files: Union[
            List[schemas.FileInput], schemas.Unset
        ] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[train_model_.ApiResponseFor200]: ...

    def train_model(
        self,
        name: Union[str, schemas.Unset] = schemas.unset,
        subject_keyword: Union[str, schemas.Unset] = schemas.unset,
        subject_type: Union[str, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        image_sample_urls: Union[List[str], schemas.Unset] = schemas.unset,
        image_sample_files: Union[
            List[schemas.FileInput], schemas.Unset
        ] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[train_model_.ApiResponseFor200]:
        """Train Model

        Upload a few image samples, and train a new model. Training usually takes 20-40 minutes. To be notified when the model completes training you must provide a `webhookUrl` in the training request, or check for completion by calling [Get a Single Model](https://reference.tryleap.ai/reference/get-model-1). After training completes, you can use the model to generate images with [Generate Images](https://reference.tryleap.ai/reference/inferencescontroller_create-1).

        Args:
            name: Provide a name so you can more easily identify the model.
            subject_keyword: This is the keyword you will use during image generation to trigger your custom subject. For example "a photo of @me".
            subject_type: The subject type - a short description, usually a noun, that describes what the underlying model is learning. For example: person, man, woman, cat, dog, icon, style. Defaults to "person".
            webhook_url: An optional webhook URL that will be called with a POST request when the model completes training or fails.
            image_sample_urls: An array of strings containing the URLs of the images to upload. Either this or imageSampleFiles is required, but not both.
            image_sample_files: An array of files containing the images to upload. Either this or imageSampleUrls is required, but not both.
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully submitted training job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(train_model_.OPERATION, locals())

    async def atrain_model(
        self,
        name: Union[str, schemas.Unset] = schemas.unset,
        subject_keyword: Union[str, schemas.Unset] = schemas.unset,
        subject_type: Union[str, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        image_sample_urls: Union[List[str], schemas.Unset] = schemas.unset,
        image_sample_files: Union[
            List[schemas.FileInput], schemas.Unset
        ] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[train_model_.ApiResponseFor200]:
        """The async twin of `train_model`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(train_model_.OPERATION, locals())
