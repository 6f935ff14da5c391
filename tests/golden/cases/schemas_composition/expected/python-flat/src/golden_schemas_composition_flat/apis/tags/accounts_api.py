# Generated from spec.yaml. Do not edit.
"""accounts"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.accounts import get_inventory as get_inventory_
from ...operations.accounts import get_misc as get_misc_
from ...operations.accounts import put_account as put_account_


class AccountsApi(api_client.Api):
    """accounts"""

    @typing.overload
    def get_inventory(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_inventory_.ApiResponseFor200: ...

    @typing.overload
    def get_inventory(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_inventory(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_inventory_.ApiResponseFor200]: ...

    def get_inventory(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_inventory_.ApiResponseFor200]:
        """Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: named counts

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_inventory_.OPERATION, locals())

    async def aget_inventory(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_inventory_.ApiResponseFor200]:
        """The async twin of `get_inventory`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_inventory_.OPERATION, locals())

    @typing.overload
    def get_misc(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_misc_.ApiResponseFor200: ...

    @typing.overload
    def get_misc(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_misc(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_misc_.ApiResponseFor200]: ...

    def get_misc(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_misc_.ApiResponseFor200]:
        """Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: maps, arrays of arrays, enums, an unrepresentable schema

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_misc_.OPERATION, locals())

    async def aget_misc(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_misc_.ApiResponseFor200]:
        """The async twin of `get_misc`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_misc_.OPERATION, locals())

    @typing.overload
    def put_account(
        self,
        email: str,
        id: Union[str, uuid.UUID, schemas.Unset] = schemas.unset,
        password: Union[str, schemas.Unset] = schemas.unset,
        created: Union[str, datetime.datetime, schemas.Unset] = schemas.unset,
        birthday: Union[str, datetime.date, schemas.Unset] = schemas.unset,
        avatar: Union[str, bytes, schemas.Unset] = schemas.unset,
        raw: Union[schemas.FileInput, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> put_account_.ApiResponseFor200: ...

    @typing.overload
    def put_account(
        self,
        email: str,
        id: Union[str, uuid.UUID, schemas.Unset] = schemas.unset,
        password: Union[str, schemas.Unset] = schemas.unset,
        created: Union[str, datetime.datetime, schemas.Unset] = schemas.unset,
        birthday: Union[str, datetime.date, schemas.Unset] = schemas.unset,
        avatar: Union[str, bytes, schemas.Unset] = schemas.unset,
        raw: Union[schemas.FileInput, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def put_account(
        self,
        email: str,
        id: Union[str, uuid.UUID, schemas.Unset] = schemas.unset,
        password: Union[str, schemas.Unset] = schemas.unset,
        created: Union[str, datetime.datetime, schemas.Unset] = schemas.unset,
        birthday: Union[str, datetime.date, schemas.Unset] = schemas.unset,
        avatar: Union[str, bytes, schemas.Unset] = schemas.unset,
        raw: Union[schemas.FileInput, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_account_.ApiResponseFor200]: ...

    def put_account(
        self,
        email: str,
        id: Union[str, uuid.UUID, schemas.Unset] = schemas.unset,
        password: Union[str, schemas.Unset] = schemas.unset,
        created: Union[str, datetime.datetime, schemas.Unset] = schemas.unset,
        birthday: Union[str, datetime.date, schemas.Unset] = schemas.unset,
        avatar: Union[str, bytes, schemas.Unset] = schemas.unset,
        raw: Union[schemas.FileInput, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_account_.ApiResponseFor200]:
        """Args:
            email: (no description) (required)
            id: (no description)
            password: (no description)
            created: (no description)
            birthday: (no description)
            avatar: (no description)
            raw: (no description)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: the account

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(put_account_.OPERATION, locals())

    async def aput_account(
        self,
        email: str,
        id: Union[str, uuid.UUID, schemas.Unset] = schemas.unset,
        password: Union[str, schemas.Unset] = schemas.unset,
        created: Union[str, datetime.datetime, schemas.Unset] = schemas.unset,
        birthday: Union[str, datetime.date, schemas.Unset] = schemas.unset,
        avatar: Union[str, bytes, schemas.Unset] = schemas.unset,
        raw: Union[schemas.FileInput, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_account_.ApiResponseFor200]:
        """The async twin of `put_account`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(put_account_.OPERATION, locals())
