# Generated from spec.yaml. Do not edit.
"""Pets"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.size import Size
from ...operations.pets import create_pet as create_pet_
from ...operations.pets import get_pet_legacy as get_pet_legacy_
from ...operations.pets import list_pets as list_pets_


class PetsApi(api_client.Api):
    """Pets"""

    @typing.overload
    def create_pet(
        self,
        name: str,
        owner: Union[Optional[str], schemas.Unset] = schemas.unset,
        legacy_code: Union[str, schemas.Unset] = schemas.unset,
        size: Union[Size, schemas.Unset] = schemas.unset,
        tag: Union[str, schemas.Unset] = schemas.unset,
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
        name: str,
        owner: Union[Optional[str], schemas.Unset] = schemas.unset,
        legacy_code: Union[str, schemas.Unset] = schemas.unset,
        size: Union[Size, schemas.Unset] = schemas.unset,
        tag: Union[str, schemas.Unset] = schemas.unset,
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
        name: str,
        owner: Union[Optional[str], schemas.Unset] = schemas.unset,
        legacy_code: Union[str, schemas.Unset] = schemas.unset,
        size: Union[Size, schemas.Unset] = schemas.unset,
        tag: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_pet_.ApiResponseFor200]: ...

    def create_pet(
        self,
        name: str,
        owner: Union[Optional[str], schemas.Unset] = schemas.unset,
        legacy_code: Union[str, schemas.Unset] = schemas.unset,
        size: Union[Size, schemas.Unset] = schemas.unset,
        tag: Union[str, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[create_pet_.ApiResponseFor200]:
        """Create a pet

        Args:
            name: (no description) (required)
            owner: Optional and nullable; null clears it.
            legacy_code: Use the tag instead.
            size: Sizes were replaced by weights.
            tag: (no description)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The pet created.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(create_pet_.OPERATION, locals())

    async def acreate_pet(
        self,
        name: str,
        owner: Union[Optional[str], schemas.Unset] = schemas.unset,
        legacy_code: Union[str, schemas.Unset] = schemas.unset,
        size: Union[Size, schemas.Unset] = schemas.unset,
        tag: Union[str, schemas.Unset] = schemas.unset,
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
    def get_pet_legacy(
        self,
        pet_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_pet_legacy_.ApiResponseFor200: ...

    @typing.overload
    def get_pet_legacy(
        self,
        pet_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_pet_legacy(
        self,
        pet_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_legacy_.ApiResponseFor200]: ...

    def get_pet_legacy(
        self,
        pet_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_legacy_.ApiResponseFor200]:
        """Get a pet (old)

        Use listPets with a cursor instead.

        Args:
            pet_id: (no description) (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The pet.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_pet_legacy_.OPERATION, locals())

    async def aget_pet_legacy(
        self,
        pet_id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_pet_legacy_.ApiResponseFor200]:
        """The async twin of `get_pet_legacy`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_pet_legacy_.OPERATION, locals())

    @typing.overload
    def list_pets(
        self,
        kind: Union[Optional[str], schemas.Unset] = schemas.unset,
        page: Union[int, decimal.Decimal, schemas.Unset] = schemas.unset,
        cursor: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> list_pets_.ApiResponseFor200: ...

    @typing.overload
    def list_pets(
        self,
        kind: Union[Optional[str], schemas.Unset] = schemas.unset,
        page: Union[int, decimal.Decimal, schemas.Unset] = schemas.unset,
        cursor: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def list_pets(
        self,
        kind: Union[Optional[str], schemas.Unset] = schemas.unset,
        page: Union[int, decimal.Decimal, schemas.Unset] = schemas.unset,
        cursor: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_pets_.ApiResponseFor200]: ...

    def list_pets(
        self,
        kind: Union[Optional[str], schemas.Unset] = schemas.unset,
        page: Union[int, decimal.Decimal, schemas.Unset] = schemas.unset,
        cursor: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_pets_.ApiResponseFor200]:
        """List pets

        Args:
            kind: Only pets of this kind; null lists pets of every kind.
            page: Use the cursor instead.
            cursor: (no description)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The pets.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(list_pets_.OPERATION, locals())

    async def alist_pets(
        self,
        kind: Union[Optional[str], schemas.Unset] = schemas.unset,
        page: Union[int, decimal.Decimal, schemas.Unset] = schemas.unset,
        cursor: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_pets_.ApiResponseFor200]:
        """The async twin of `list_pets`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(list_pets_.OPERATION, locals())
