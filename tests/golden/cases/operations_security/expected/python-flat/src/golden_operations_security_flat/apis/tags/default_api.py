# Generated from spec.yaml. Do not edit.
"""default"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...model.search_filter import SearchFilter
from ...model.search_point import SearchPoint
from ...operations.default import search as search_


class DefaultApi(api_client.Api):
    """default"""

    @typing.overload
    def search(
        self,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        ids: Union[List[Union[int, decimal.Decimal]], schemas.Unset] = schemas.unset,
        colors: Union[List[str], schemas.Unset] = schemas.unset,
        filter: Union[SearchFilter, schemas.Unset] = schemas.unset,
        point: Union[SearchPoint, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/vnd.example+json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> search_.ApiResponseFor200: ...

    @typing.overload
    def search(
        self,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        ids: Union[List[Union[int, decimal.Decimal]], schemas.Unset] = schemas.unset,
        colors: Union[List[str], schemas.Unset] = schemas.unset,
        filter: Union[SearchFilter, schemas.Unset] = schemas.unset,
        point: Union[SearchPoint, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/vnd.example+json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def search(
        self,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        ids: Union[List[Union[int, decimal.Decimal]], schemas.Unset] = schemas.unset,
        colors: Union[List[str], schemas.Unset] = schemas.unset,
        filter: Union[SearchFilter, schemas.Unset] = schemas.unset,
        point: Union[SearchPoint, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/vnd.example+json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[search_.ApiResponseFor200]: ...

    def search(
        self,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        ids: Union[List[Union[int, decimal.Decimal]], schemas.Unset] = schemas.unset,
        colors: Union[List[str], schemas.Unset] = schemas.unset,
        filter: Union[SearchFilter, schemas.Unset] = schemas.unset,
        point: Union[SearchPoint, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/vnd.example+json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[search_.ApiResponseFor200]:
        """Args:
            tags: (no description)
            ids: (no description)
            colors: (no description)
            filter: (no description)
            point: (no description)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: Matches.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(search_.OPERATION, locals())

    async def asearch(
        self,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        ids: Union[List[Union[int, decimal.Decimal]], schemas.Unset] = schemas.unset,
        colors: Union[List[str], schemas.Unset] = schemas.unset,
        filter: Union[SearchFilter, schemas.Unset] = schemas.unset,
        point: Union[SearchPoint, schemas.Unset] = schemas.unset,
        *,
        accept_content_types: typing.Tuple[str, ...] = (
            "application/vnd.example+json",
        ),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[search_.ApiResponseFor200]:
        """The async twin of `search`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(search_.OPERATION, locals())
