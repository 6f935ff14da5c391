# Generated from spec.yaml. Do not edit.
"""Things"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.color import Color
from ...model.get_thing_part_level import GetThingPartLevel
from ...operations.things import get_thing_part as get_thing_part_
from ...operations.things import list_things as list_things_


class ThingsApi:
    """Things"""

    def __init__(self, client: api_client.ApiClient) -> None:
        self.api_client = client

    @typing.overload
    def get_thing_part(
        self,
        thing_id: str,
        part: str,
        color: Union[Color, schemas.Unset] = schemas.unset,
        level: Union[GetThingPartLevel, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_thing_part_.ApiResponseFor200: ...

    @typing.overload
    def get_thing_part(
        self,
        thing_id: str,
        part: str,
        color: Union[Color, schemas.Unset] = schemas.unset,
        level: Union[GetThingPartLevel, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_thing_part(
        self,
        thing_id: str,
        part: str,
        color: Union[Color, schemas.Unset] = schemas.unset,
        level: Union[GetThingPartLevel, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        get_thing_part_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]: ...

    def get_thing_part(
        self,
        thing_id: str,
        part: str,
        color: Union[Color, schemas.Unset] = schemas.unset,
        level: Union[GetThingPartLevel, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        get_thing_part_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]:
        """Get a part of a thing

        Args:
            thing_id: (no description) (required)
            part: (no description) (required)
            color: A color.
            level: (no description)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The thing.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self.api_client.call(
            get_thing_part_.OPERATION,
            params={
                "thing_id": thing_id,
                "part": part,
                "color": color,
                "level": level,
            },
            accept_content_types=accept_content_types,
            stream=stream,
            timeout=timeout,
            skip_deserialization=skip_deserialization,
        )

    async def aget_thing_part(
        self,
        thing_id: str,
        part: str,
        color: Union[Color, schemas.Unset] = schemas.unset,
        level: Union[GetThingPartLevel, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        get_thing_part_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]:
        """Get a part of a thing

        Args:
            thing_id: (no description) (required)
            part: (no description) (required)
            color: A color.
            level: (no description)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The thing.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.

                The async twin of `get_thing_part`: the same arguments and result. A streamed
                response (`stream=True`) is read whole before it is returned."""
        return await self.api_client.acall(
            get_thing_part_.OPERATION,
            params={
                "thing_id": thing_id,
                "part": part,
                "color": color,
                "level": level,
            },
            accept_content_types=accept_content_types,
            timeout=timeout,
            skip_deserialization=skip_deserialization,
        )

    @typing.overload
    def list_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> list_things_.ApiResponseFor200: ...

    @typing.overload
    def list_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def list_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        list_things_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]: ...

    def list_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        list_things_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]:
        """List things

        Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The things.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self.api_client.call(
            list_things_.OPERATION,
            params={},
            accept_content_types=accept_content_types,
            stream=stream,
            timeout=timeout,
            skip_deserialization=skip_deserialization,
        )

    async def alist_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> Union[
        list_things_.ApiResponseFor200, api_client.ApiResponseWithoutDeserialization
    ]:
        """List things

        Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The things.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.

                The async twin of `list_things`: the same arguments and result. A streamed
                response (`stream=True`) is read whole before it is returned."""
        return await self.api_client.acall(
            list_things_.OPERATION,
            params={},
            accept_content_types=accept_content_types,
            timeout=timeout,
            skip_deserialization=skip_deserialization,
        )
