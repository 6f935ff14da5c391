# Generated from spec/leap/openapi.yaml. Do not edit.
"""Generate Images"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.generate_images import create as create_
from ...operations.generate_images import find_all as find_all_
from ...operations.generate_images import find_one as find_one_
from ...operations.generate_images import remove as remove_


class GenerateImagesApi(api_client.Api):
    """Generate Images"""

    @typing.overload
    def create(
        self,
        prompt: str,
        model_id: str,
        negative_prompt: Union[str, schemas.Unset] = schemas.unset,
        steps: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        width: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        height: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        number_of_images: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        prompt_strength: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        seed: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> create_.ApiResponseFor200: ...

    @typing.overload
    def create(
        self,
        prompt: str,
        model_id: str,
        negative_prompt: Union[str, schemas.Unset] = schemas.unset,
        steps: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        width: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        height: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        number_of_images: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        prompt_strength: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        seed: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def create(
        self,
        prompt: str,
        model_id: str,
        negative_prompt: Union[str, schemas.Unset] = schemas.unset,
        steps: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        width: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        height: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        number_of_images: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        prompt_strength: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        seed: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_.ApiResponseFor200]: ...

    def create(
        self,
        prompt: str,
        model_id: str,
        negative_prompt: Union[str, schemas.Unset] = schemas.unset,
        steps: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        width: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        height: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        number_of_images: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        prompt_strength: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        seed: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_.ApiResponseFor200]:
        """Generate an Image

        Generate an image by providing a text description. Generations usually take bettween 4-20 seconds per image. Total generation time depends on the number of `steps` and `noOfImages` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Single Image Job](https://reference.tryleap.ai/reference/inferencescontroller_findone-1) endpoint.

        Args:
            prompt: A text description of the image you what you want to generate. (required)
            model_id: The ID of the model to use to generate images. This can be a custom model, or a public model. To view the list of public models, visit: https://docs.tryleap.ai/public-models (required)
            negative_prompt: A text description of what the image should try to avoid generating.
            steps: How many steps the AI will take to generate the image. Lower is faster but less detailed, higher is slower more detailed.
            width: The width of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models.
            height: The height of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models.
            number_of_images: The number of images to generate, up to 4.
            prompt_strength: The higher the prompt strength, the closer the generated image will be to the prompt. Must be between 0 and 30.
            seed: A random number to use as a seed when generating the image. This is helpful if you want to generate the same image multiple times. If you want to generate different images, keep this empty or provide a random number.
            webhook_url: An optional webhook URL that will be called with a POST request when the image generation request completes.
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully submitted image generation job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(create_.OPERATION, locals())

    async def acreate(
        self,
        prompt: str,
        model_id: str,
        negative_prompt: Union[str, schemas.Unset] = schemas.unset,
        steps: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        width: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        height: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        number_of_images: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        prompt_strength: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        seed: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        webhook_url: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_.ApiResponseFor200]:
        """The async twin of `create`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(create_.OPERATION, locals())

    @typing.overload
    def find_all(
        self,
        model_id: str,
        only_finished: Union[bool, schemas.Unset] = schemas.unset,
        page: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        page_size: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> find_all_.ApiResponseFor200: ...

    @typing.overload
    def find_all(
        self,
        model_id: str,
        only_finished: Union[bool, schemas.Unset] = schemas.unset,
        page: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        page_size: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def find_all(
        self,
        model_id: str,
        only_finished: Union[bool, schemas.Unset] = schemas.unset,
        page: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        page_size: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_.ApiResponseFor200]: ...

    def find_all(
        self,
        model_id: str,
        only_finished: Union[bool, schemas.Unset] = schemas.unset,
        page: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        page_size: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_.ApiResponseFor200]:
        """List All Image Jobs

        Fetch a list of inference jobs for a specific model.

        Args:
            model_id: The ID of the model to generate images. This can be a custom model or a public model. Visit: https://docs.tryleap.ai/public-models to view the list of public models. (required)
            only_finished: If set to true, only finished inferences will be returned. If set to false or not set, all inference jobs will be returned.
            page: The page to request.
            page_size: The number of items to return per page.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved list of image generation jobs.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(find_all_.OPERATION, locals())

    async def afind_all(
        self,
        model_id: str,
        only_finished: Union[bool, schemas.Unset] = schemas.unset,
        page: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        page_size: Union[float, decimal.Decimal, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_.ApiResponseFor200]:
        """The async twin of `find_all`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(find_all_.OPERATION, locals())

    @typing.overload
    def find_one(
        self,
        model_id: str,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> find_one_.ApiResponseFor200: ...

    @typing.overload
    def find_one(
        self,
        model_id: str,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def find_one(
        self,
        model_id: str,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_.ApiResponseFor200]: ...

    def find_one(
        self,
        model_id: str,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_.ApiResponseFor200]:
        """Get Single Image Job

        Retrieve a single image generation job, including the urls for the images generated.

        Args:
            model_id: The ID of the model to use to generate images. This can be a custom model, or a public model. To view the list of public models, visit: https://docs.tryleap.ai/public-models (required)
            inference_id: The ID of the image generation job to retrieve. This is the same ID that is returned when you submit a new image generation job. (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved image generation job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(find_one_.OPERATION, locals())

    async def afind_one(
        self,
        model_id: str,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_.ApiResponseFor200]:
        """The async twin of `find_one`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(find_one_.OPERATION, locals())

    @typing.overload
    def remove(
        self,
        model_id: str,
        inference_id: str,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> remove_.ApiResponseFor200: ...

    @typing.overload
    def remove(
        self,
        model_id: str,
        inference_id: str,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def remove(
        self,
        model_id: str,
        inference_id: str,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[remove_.ApiResponseFor200]: ...

    def remove(
        self,
        model_id: str,
        inference_id: str,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[remove_.ApiResponseFor200]:
        """Delete Image Job

        Delete the image job and all related images.

        Args:
            model_id: The ID of the model to use to generate images. This can be a custom model, or a public model. To view the list of public models, visit: https://docs.tryleap.ai/public-models (required)
            inference_id: The ID of the image generation job to retrieve. This is the same ID that is returned when you submit a new image generation job. (required)
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully deleted image generation job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(remove_.OPERATION, locals())

    async def aremove(
        self,
        model_id: str,
        inference_id: str,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[remove_.ApiResponseFor200]:
        """The async twin of `remove`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(remove_.OPERATION, locals())
