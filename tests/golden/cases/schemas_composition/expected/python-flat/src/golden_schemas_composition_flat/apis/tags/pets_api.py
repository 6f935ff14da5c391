# Generated from spec.yaml. Do not edit.
"""pets"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.cat import Cat
from ...model.dog import Dog
from ...operations.pets import create_pet as create_pet_
from ...operations.pets import get_pet as get_pet_


class PetsApi(api_client.Api):
    """pets"""

    @typing.overload
    def create_pet(
        self,
        body: Union[Cat, Dog],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> create_pet_.ApiResponseFor200: ...

    @typing.overload
    def create_pet(
        self,
        body: Union[Cat, Dog],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def create_pet(
        self,
        body: Union[Cat, Dog],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_pet_.ApiResponseFor200]: ...

    def create_pet(
        self,
        body: Union[Cat, Dog],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_pet_.ApiResponseFor200]:
        """Args:
            body: (no description) (required)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: the pet

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(create_pet_.OPERATION, locals())

    async def acreate_pet(
        self,
        body: Union[Cat, Dog],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_pet_.ApiResponseFor200]:
        """The async twin of `create_pet`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(create_pet_.OPERATION, locals())

    @typing.overload
    def get_pet(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_pet_.ApiResponseFor200: ...

    @typing.overload
    def get_pet(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_pet(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_.ApiResponseFor200]: ...

    def get_pet(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_.ApiResponseFor200]:
        """Args:
            id: (no description) (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: a cat or a dog, by its petType

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_pet_.OPERATION, locals())

    async def aget_pet(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_.ApiResponseFor200]:
        """The async twin of `get_pet`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_pet_.OPERATION, locals())
