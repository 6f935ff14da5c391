# Generated from spec.yaml. Do not edit.
"""events"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.events import annotate as annotate_
from ...operations.events import get_shape as get_shape_
from ...operations.events import list_events as list_events_


class EventsApi(api_client.Api):
    """events"""

    @typing.overload
    def annotate(
        self,
        kind: Literal["click"],
        note: str,
        id: Union[Optional[str], schemas.Unset] = schemas.unset,
        count: Union[
            Union[Union[int, decimal.Decimal], str], schemas.Unset
        ] = schemas.unset,
        when: Union[
            Optional[Union[str, datetime.datetime]], schemas.Unset
        ] = schemas.unset,
        nothing: Union[Any, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> annotate_.ApiResponseFor200: ...

    @typing.overload
    def annotate(
        self,
        kind: Literal["click"],
        note: str,
        id: Union[Optional[str], schemas.Unset] = schemas.unset,
        count: Union[
            Union[Union[int, decimal.Decimal], str], schemas.Unset
        ] = schemas.unset,
        when: Union[
            Optional[Union[str, datetime.datetime]], schemas.Unset
        ] = schemas.unset,
        nothing: Union[Any, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def annotate(
        self,
        kind: Literal["click"],
        note: str,
        id: Union[Optional[str], schemas.Unset] = schemas.unset,
        count: Union[
            Union[Union[int, decimal.Decimal], str], schemas.Unset
        ] = schemas.unset,
        when: Union[
            Optional[Union[str, datetime.datetime]], schemas.Unset
        ] = schemas.unset,
        nothing: Union[Any, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[annotate_.ApiResponseFor200]: ...

    def annotate(
        self,
        kind: Literal["click"],
        note: str,
        id: Union[Optional[str], schemas.Unset] = schemas.unset,
        count: Union[
            Union[Union[int, decimal.Decimal], str], schemas.Unset
        ] = schemas.unset,
        when: Union[
            Optional[Union[str, datetime.datetime]], schemas.Unset
        ] = schemas.unset,
        nothing: Union[Any, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[annotate_.ApiResponseFor200]:
        """Args:
            kind: (no description) (required)
            note: (no description) (required)
            id: (no description)
            count: (no description)
            when: (no description)
            nothing: (no description)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: ok

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(annotate_.OPERATION, locals())

    async def aannotate(
        self,
        kind: Literal["click"],
        note: str,
        id: Union[Optional[str], schemas.Unset] = schemas.unset,
        count: Union[
            Union[Union[int, decimal.Decimal], str], schemas.Unset
        ] = schemas.unset,
        when: Union[
            Optional[Union[str, datetime.datetime]], schemas.Unset
        ] = schemas.unset,
        nothing: Union[Any, schemas.Unset] = schemas.unset,
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[annotate_.ApiResponseFor200]:
        """The async twin of `annotate`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(annotate_.OPERATION, locals())

    @typing.overload
    def get_shape(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_shape_.ApiResponseFor200: ...

    @typing.overload
    def get_shape(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_shape(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_shape_.ApiResponseFor200]: ...

    def get_shape(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_shape_.ApiResponseFor200]:
        """Args:
            id: (no description) (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: a shape, or null

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_shape_.OPERATION, locals())

    async def aget_shape(
        self,
        id: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_shape_.ApiResponseFor200]:
        """The async twin of `get_shape`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_shape_.OPERATION, locals())

    @typing.overload
    def list_events(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> list_events_.ApiResponseFor200: ...

    @typing.overload
    def list_events(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def list_events(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_events_.ApiResponseFor200]: ...

    def list_events(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_events_.ApiResponseFor200]:
        """Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: events

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(list_events_.OPERATION, locals())

    async def alist_events(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[list_events_.ApiResponseFor200]:
        """The async twin of `list_events`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(list_events_.OPERATION, locals())
