# Generated from spec.yaml. Do not edit.
"""FilesApi.upload_file: POST /files"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import upload_file_request_body

SchemaForRequestBodyMultipartFormData = (
    upload_file_request_body.UploadFileRequestBodySchema
)
SchemaFor201ResponseBodyApplicationXml = schemas.StrSchema()


class ApiResponseFor201(api_client.ApiResponse[str]):
    """Stored."""


OPERATION: api_client.Operation[ApiResponseFor201] = api_client.Operation(
    name="FilesApi.upload_file",
    method="POST",
    path="/files",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyMultipartFormData,
        ("multipart/form-data",),
        required=True,
        flattened=True,
        media={
            "multipart/form-data": (
                "multipart",
                upload_file_request_body.UploadFileRequestBodySchema,
            )
        },
    ),
    responses=(
        api_client.ResponseSpec(
            "201",
            ApiResponseFor201,
            SchemaFor201ResponseBodyApplicationXml,
            kind="text",
        ),
    ),
    secured=True,
    errors={},
    security=(
        (
            "apiKeyQuery",
            "apiKeyCookie",
        ),
    ),
)
