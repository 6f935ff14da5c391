# Generated from spec.yaml. Do not edit.
"""graphs"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.graphs import get_author as get_author_
from ...operations.graphs import get_tree as get_tree_


class GraphsApi(api_client.Api):
    """graphs"""

    @typing.overload
    def get_author(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_author_.ApiResponseFor200: ...

    @typing.overload
    def get_author(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_author(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_author_.ApiResponseFor200]: ...

    def get_author(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_author_.ApiResponseFor200]:
        """Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: mutually recursive models

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_author_.OPERATION, locals())

    async def aget_author(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_author_.ApiResponseFor200]:
        """The async twin of `get_author`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_author_.OPERATION, locals())

    @typing.overload
    def get_tree(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> get_tree_.ApiResponseFor200: ...

    @typing.overload
    def get_tree(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def get_tree(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_tree_.ApiResponseFor200]: ...

    def get_tree(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_tree_.ApiResponseFor200]:
        """Args:
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: a recursive model

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(get_tree_.OPERATION, locals())

    async def aget_tree(
        self,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/json",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[get_tree_.ApiResponseFor200]:
        """The async twin of `get_tree`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(get_tree_.OPERATION, locals())
