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


class ThingsApi(api_client.Api):
    """Things"""

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
    ) -> api_client.Result[get_thing_part_.ApiResponseFor200]: ...

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
    ) -> api_client.Result[get_thing_part_.ApiResponseFor200]:
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
        return self._call(get_thing_part_.OPERATION, locals())

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
    ) -> api_client.Result[get_thing_part_.ApiResponseFor200]:
        """The async twin of `get_thing_part`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_thing_part_.OPERATION, locals())

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
    ) -> api_client.Result[list_things_.ApiResponseFor200]: ...

    def list_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_things_.ApiResponseFor200]:
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
        return self._call(list_things_.OPERATION, locals())

    async def alist_things(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_things_.ApiResponseFor200]:
        """The async twin of `list_things`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(list_things_.OPERATION, locals())
