# Generated from spec.yaml. Do not edit.
"""Items"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.item import Item
from ...operations.items import create_item as create_item_
from ...operations.items import get_item as get_item_
from ...operations.items import head_items_by_item_id as head_items_by_item_id_


class ItemsApi(api_client.Api):
    """Items"""

    @typing.overload
    def create_item(
        self,
        body: Union[Item, str],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> Union[
        create_item_.ApiResponseFor200,
        create_item_.ApiResponseFor201,
        create_item_.ApiResponseFor202,
    ]: ...

    @typing.overload
    def create_item(
        self,
        body: Union[Item, str],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def create_item(
        self,
        body: Union[Item, str],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[
            create_item_.ApiResponseFor200,
            create_item_.ApiResponseFor201,
            create_item_.ApiResponseFor202,
        ]
    ]: ...

    def create_item(
        self,
        body: Union[Item, str],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[
            create_item_.ApiResponseFor200,
            create_item_.ApiResponseFor201,
            create_item_.ApiResponseFor202,
        ]
    ]:
        """Args:
            body: (no description) (required)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Updated.
            ApiResponseFor201: Created.
            ApiResponseFor202: Accepted.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(create_item_.OPERATION, locals())

    async def acreate_item(
        self,
        body: Union[Item, str],
        *,
        content_type: str = "application/json",
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[
            create_item_.ApiResponseFor200,
            create_item_.ApiResponseFor201,
            create_item_.ApiResponseFor202,
        ]
    ]:
        """The async twin of `create_item`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(create_item_.OPERATION, locals())

    @typing.overload
    def get_item(
        self,
        item_id: Union[int, decimal.Decimal],
        fields: Union[List[str], schemas.Unset] = schemas.unset,
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        session: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/json;charset=UTF-8",
            "application/problem+json",
            "application/json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> Union[get_item_.ApiResponseFor200, get_item_.ApiResponseForDefault]: ...

    @typing.overload
    def get_item(
        self,
        item_id: Union[int, decimal.Decimal],
        fields: Union[List[str], schemas.Unset] = schemas.unset,
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        session: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/json;charset=UTF-8",
            "application/problem+json",
            "application/json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_item(
        self,
        item_id: Union[int, decimal.Decimal],
        fields: Union[List[str], schemas.Unset] = schemas.unset,
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        session: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/json;charset=UTF-8",
            "application/problem+json",
            "application/json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[get_item_.ApiResponseFor200, get_item_.ApiResponseForDefault]
    ]: ...

    def get_item(
        self,
        item_id: Union[int, decimal.Decimal],
        fields: Union[List[str], schemas.Unset] = schemas.unset,
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        session: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/json;charset=UTF-8",
            "application/problem+json",
            "application/json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[get_item_.ApiResponseFor200, get_item_.ApiResponseForDefault]
    ]:
        """Args:
            item_id: (no description) (required)
            fields: (no description)
            x_request_id: (no description)
            session: (no description)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The item.
            ApiResponseForDefault: Any other error.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_item_.OPERATION, locals())

    async def aget_item(
        self,
        item_id: Union[int, decimal.Decimal],
        fields: Union[List[str], schemas.Unset] = schemas.unset,
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        session: Union[str, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/json;charset=UTF-8",
            "application/problem+json",
            "application/json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[
        Union[get_item_.ApiResponseFor200, get_item_.ApiResponseForDefault]
    ]:
        """The async twin of `get_item`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_item_.OPERATION, locals())

    @typing.overload
    def head_items_by_item_id(
        self,
        item_id: Union[int, decimal.Decimal],
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> head_items_by_item_id_.ApiResponseFor200: ...

    @typing.overload
    def head_items_by_item_id(
        self,
        item_id: Union[int, decimal.Decimal],
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def head_items_by_item_id(
        self,
        item_id: Union[int, decimal.Decimal],
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[head_items_by_item_id_.ApiResponseFor200]: ...

    def head_items_by_item_id(
        self,
        item_id: Union[int, decimal.Decimal],
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[head_items_by_item_id_.ApiResponseFor200]:
        """Args:
            item_id: (no description) (required)
            x_request_id: (no description)
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Exists.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(head_items_by_item_id_.OPERATION, locals())

    async def ahead_items_by_item_id(
        self,
        item_id: Union[int, decimal.Decimal],
        x_request_id: Union[str, schemas.Unset] = schemas.unset,
        *,
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[head_items_by_item_id_.ApiResponseFor200]:
        """The async twin of `head_items_by_item_id`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(head_items_by_item_id_.OPERATION, locals())
