# Generated from spec.yaml. Do not edit.
"""FilesApi.download_file: GET /files/{name}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas

NameSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("name", "name", "path", NameSchema, required=True),
)
SchemaFor200ResponseBodyApplicationOctetStream = schemas.BinarySchema()


class ApiResponseFor200(api_client.ApiResponse[bytes]):
    """The file."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="FilesApi.download_file",
    method="GET",
    path="/files/{name}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
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
