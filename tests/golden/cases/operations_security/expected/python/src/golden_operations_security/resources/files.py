# Generated from spec.yaml. Do not edit.

from __future__ import annotations

from typing import Any, Dict, IO, Iterator, List, Optional, Union

from .. import utils
from .._extsdk import ExtSDK
from ..models import operations


class Files(ExtSDK):
    def download_file(
        self,
        *,
        name: str,
        stream: bool = False,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DownloadFileResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="GET",
            path="/files/{name}",
            params=[("path", "name", name, "simple", False)],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/octet-stream",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, stream)
        return self._ext_response(
            http_res,
            response_cls=operations.DownloadFileResponse,
            body_models={"200": ("binary", None)},
            error_models={},
            stream=stream,
        )

    async def download_file_async(
        self,
        *,
        name: str,
        stream: bool = False,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.DownloadFileResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="GET",
            path="/files/{name}",
            params=[("path", "name", name, "simple", False)],
            body=None,
            media={},
            content_type=None,
            body_required=False,
            accept="application/octet-stream",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, stream)
        return self._ext_response(
            http_res,
            response_cls=operations.DownloadFileResponse,
            body_models={"200": ("binary", None)},
            error_models={},
            stream=stream,
        )

    def put_file(
        self,
        *,
        name: str,
        request_body: Union[bytes, IO[bytes], Iterator[bytes]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PutFileResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="PUT",
            path="/files/{name}",
            params=[("path", "name", name, "simple", False)],
            body=request_body,
            media={"application/octet-stream": ("binary", None)},
            content_type=None,
            body_required=True,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.PutFileResponse,
            body_models={"204": None},
            error_models={},
            stream=False,
        )

    async def put_file_async(
        self,
        *,
        name: str,
        request_body: Union[bytes, IO[bytes], Iterator[bytes]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.PutFileResponse:
        security: List[List[str]] = [["bearer"], ["apiKeyHeader"]]
        http_req = self._ext_request(
            method="PUT",
            path="/files/{name}",
            params=[("path", "name", name, "simple", False)],
            body=request_body,
            media={"application/octet-stream": ("binary", None)},
            content_type=None,
            body_required=True,
            accept="application/json",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.PutFileResponse,
            body_models={"204": None},
            error_models={},
            stream=False,
        )

    def upload_file(
        self,
        *,
        request: Union[operations.UploadFileRequestBody, Dict[str, Any]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadFileResponse:
        security: List[List[str]] = [["apiKeyQuery", "apiKeyCookie"]]
        http_req = self._ext_request(
            method="POST",
            path="/files",
            params=[],
            body=request,
            media={
                "multipart/form-data": ("multipart", operations.UploadFileRequestBody)
            },
            content_type=None,
            body_required=True,
            accept="application/xml",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=self._tokens(security),
        )
        http_res = self._ext_send(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.UploadFileResponse,
            body_models={"201": ("text", None)},
            error_models={},
            stream=False,
        )

    async def upload_file_async(
        self,
        *,
        request: Union[operations.UploadFileRequestBody, Dict[str, Any]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> operations.UploadFileResponse:
        security: List[List[str]] = [["apiKeyQuery", "apiKeyCookie"]]
        http_req = self._ext_request(
            method="POST",
            path="/files",
            params=[],
            body=request,
            media={
                "multipart/form-data": ("multipart", operations.UploadFileRequestBody)
            },
            content_type=None,
            body_required=True,
            accept="application/xml",
            security=security,
            server_url=server_url,
            timeout_ms=timeout_ms,
            tokens=await self._tokens_async(security),
        )
        http_res = await self._ext_send_async(http_req, retries, False)
        return self._ext_response(
            http_res,
            response_cls=operations.UploadFileResponse,
            body_models={"201": ("text", None)},
            error_models={},
            stream=False,
        )
