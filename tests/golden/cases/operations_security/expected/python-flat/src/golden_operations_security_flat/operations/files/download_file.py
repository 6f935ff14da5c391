# Generated from spec.yaml. Do not edit.
"""FilesApi.download_file: GET /files/{name}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, ext, schemas

NameSchema = schemas.StrSchema()
RequestPathParams = (
    ext.Parameter(
        "name", "name", "path", NameSchema, required=True, style="simple", explode=False
    ),
)
SchemaFor200ResponseBodyApplicationOctetStream = schemas.BinarySchema()


class ApiResponseFor200(api_client.ApiResponse[bytes]):
    """The file."""


OPERATION: api_client.Operation[ApiResponseFor200] = ext.Operation(
    name="FilesApi.download_file",
    method="GET",
    path="/files/{name}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        ext.ResponseSpec(
            "200",
            ApiResponseFor200,
            SchemaFor200ResponseBodyApplicationOctetStream,
            kind="binary",
        ),
    ),
    secured=True,
    errors={},
    security=(
        ("bearer",),
        ("apiKeyHeader",),
    ),
)
