# Generated from spec.yaml. Do not edit.
"""Files"""

from __future__ import annotations

import datetime
import decimal
import typing
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from ... import api_client, schemas
from ...operations.files import download_file as download_file_
from ...operations.files import put_file as put_file_
from ...operations.files import upload_file as upload_file_


class FilesApi(api_client.Api):
    """Files"""

    @typing.overload
    def download_file(
        self,
        name: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/octet-stream",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> download_file_.ApiResponseFor200: ...

    @typing.overload
    def download_file(
        self,
        name: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/octet-stream",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def download_file(
        self,
        name: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/octet-stream",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[download_file_.ApiResponseFor200]: ...

    def download_file(
        self,
        name: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/octet-stream",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[download_file_.ApiResponseFor200]:
        """Args:
            name: (no description) (required)
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor200: The file.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(download_file_.OPERATION, locals())

    async def adownload_file(
        self,
        name: str,
        *,
        accept_content_types: typing.Tuple[str, ...] = ("application/octet-stream",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[download_file_.ApiResponseFor200]:
        """The async twin of `download_file`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(download_file_.OPERATION, locals())

    @typing.overload
    def put_file(
        self,
        body: schemas.FileInput,
        name: str,
        *,
        content_type: str = "application/octet-stream",
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> put_file_.ApiResponseFor204: ...

    @typing.overload
    def put_file(
        self,
        body: schemas.FileInput,
        name: str,
        *,
        content_type: str = "application/octet-stream",
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def put_file(
        self,
        body: schemas.FileInput,
        name: str,
        *,
        content_type: str = "application/octet-stream",
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_file_.ApiResponseFor204]: ...

    def put_file(
        self,
        body: schemas.FileInput,
        name: str,
        *,
        content_type: str = "application/octet-stream",
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_file_.ApiResponseFor204]:
        """Args:
            body: (no description) (required)
            name: (no description) (required)
            content_type: the request body's content type; one of the operation's.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor204: Stored.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(put_file_.OPERATION, locals())

    async def aput_file(
        self,
        body: schemas.FileInput,
        name: str,
        *,
        content_type: str = "application/octet-stream",
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[put_file_.ApiResponseFor204]:
        """The async twin of `put_file`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(put_file_.OPERATION, locals())

    @typing.overload
    def upload_file(
        self,
        file: schemas.FileInput,
        note: Union[str, schemas.Unset] = schemas.unset,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/xml",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[False] = False,
    ) -> upload_file_.ApiResponseFor201: ...

    @typing.overload
    def upload_file(
        self,
        file: schemas.FileInput,
        note: Union[str, schemas.Unset] = schemas.unset,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/xml",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: Literal[True],
    ) -> api_client.ApiResponseWithoutDeserialization: ...

    @typing.overload
    def upload_file(
        self,
        file: schemas.FileInput,
        note: Union[str, schemas.Unset] = schemas.unset,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/xml",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[upload_file_.ApiResponseFor201]: ...

    def upload_file(
        self,
        file: schemas.FileInput,
        note: Union[str, schemas.Unset] = schemas.unset,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/xml",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[upload_file_.ApiResponseFor201]:
        """Args:
            file: (no description) (required)
            note: (no description)
            tags: (no description)
            content_type: the request body's content type; one of the operation's.
            accept_content_types: sent as the Accept header.
            stream: when True the response body is not read before the call returns: read it from `response.response` (an open httpx.Response) or through `response.body`, which reads and deserializes it on first access.
            timeout: seconds, or a (connect, read) tuple of seconds; None: the client's timeout.
            skip_deserialization: when True, return an api_client.ApiResponseWithoutDeserialization (the raw response; body and headers unset).

        Returns:
            ApiResponseFor201: Stored.

        Raises:
            ApiTypeError, ApiValueError: an argument does not match the spec (nothing is sent).
            ApiException: a status that is not 2xx, or a response the spec does not document.
        """
        return self._call(upload_file_.OPERATION, locals())

    async def aupload_file(
        self,
        file: schemas.FileInput,
        note: Union[str, schemas.Unset] = schemas.unset,
        tags: Union[List[str], schemas.Unset] = schemas.unset,
        *,
        content_type: str = "multipart/form-data",
        accept_content_types: typing.Tuple[str, ...] = ("application/xml",),
        stream: bool = False,
        timeout: api_client.Timeout = None,
        skip_deserialization: bool = False,
    ) -> api_client.Result[upload_file_.ApiResponseFor201]:
        """The async twin of `upload_file`: the same arguments and result. A streamed
        response (`stream=True`) is read whole before it is returned."""
        return await self._acall(upload_file_.OPERATION, locals())
