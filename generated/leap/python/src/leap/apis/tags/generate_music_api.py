# Generated from spec/leap/openapi.yaml. Do not edit.
"""Generate Music"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.create_musicgen_inference_dto_mode import CreateMusicgenInferenceDtoMode
from ...operations.generate_music import create_audio as create_audio_
from ...operations.generate_music import find_all_audio as find_all_audio_
from ...operations.generate_music import find_one_audio as find_one_audio_


class GenerateMusicApi(api_client.Api):
    """Generate Music"""

    @typing.overload
    def create_audio(
        self,
        prompt: str,
        mode: CreateMusicgenInferenceDtoMode,
        duration: Union[float, decimal.Decimal],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> create_audio_.ApiResponseFor200: ...

    @typing.overload
    def create_audio(
        self,
        prompt: str,
        mode: CreateMusicgenInferenceDtoMode,
        duration: Union[float, decimal.Decimal],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def create_audio(
        self,
        prompt: str,
        mode: CreateMusicgenInferenceDtoMode,
        duration: Union[float, decimal.Decimal],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_audio_.ApiResponseFor200]: ...

    def create_audio(
        self,
        prompt: str,
        mode: CreateMusicgenInferenceDtoMode,
        duration: Union[float, decimal.Decimal],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_audio_.ApiResponseFor200]:
        """Generate Music

        Generate music by providing a text description. Generations usually take bettween 1-3 minutes. Total generation time depends on the `duration` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Music Generation Job](https://reference.tryleap.ai/reference/musiccontroller_findoneaudio) endpoint.

        Args:
            prompt: A description of the music you want to generate. (required)
            mode: Select a mode, each option generates different results. Melody is best for melody, music is best for full songs (required)
            duration: Duration of the generated audio in seconds. Max 30 seconds. (required)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully submitted music generation job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(create_audio_.OPERATION, locals())

    async def acreate_audio(
        self,
        prompt: str,
        mode: CreateMusicgenInferenceDtoMode,
        duration: Union[float, decimal.Decimal],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_audio_.ApiResponseFor200]:
        """The async twin of `create_audio`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(create_audio_.OPERATION, locals())

    @typing.overload
    def find_all_audio(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> find_all_audio_.ApiResponseFor200: ...

    @typing.overload
    def find_all_audio(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def find_all_audio(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_audio_.ApiResponseFor200]: ...

    def find_all_audio(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_audio_.ApiResponseFor200]:
        """List Music Generation Jobs

        List all music generation jobs for a workspace.

        Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved music generation jobs.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(find_all_audio_.OPERATION, locals())

    async def afind_all_audio(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_all_audio_.ApiResponseFor200]:
        """The async twin of `find_all_audio`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(find_all_audio_.OPERATION, locals())

    @typing.overload
    def find_one_audio(
        self,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> find_one_audio_.ApiResponseFor200: ...

    @typing.overload
    def find_one_audio(
        self,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def find_one_audio(
        self,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_audio_.ApiResponseFor200]: ...

    def find_one_audio(
        self,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_audio_.ApiResponseFor200]:
        """Get a Music Generation Job

        Get a specific music generation job.

        Args:
            inference_id: The ID of the music generation job to retrieve. This is the same ID returned when you submit a job. (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Successfully retrieved music generation job.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(find_one_audio_.OPERATION, locals())

    async def afind_one_audio(
        self,
        inference_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[find_one_audio_.ApiResponseFor200]:
        """The async twin of `find_one_audio`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(find_one_audio_.OPERATION, locals())
