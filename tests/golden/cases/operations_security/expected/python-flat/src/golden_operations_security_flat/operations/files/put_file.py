# Generated from spec.yaml. Do not edit.
"""FilesApi.put_file: PUT /files/{name}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas

NameSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("name", "name", "path", NameSchema, required=True),
)
SchemaForRequestBodyApplicationOctetStream = schemas.BinarySchema()


class ApiResponseFor204(api_client.ApiResponse[schemas.Unset]):
    """Stored."""


OPERATION: api_client.Operation[ApiResponseFor204] = api_client.Operation(
    name="FilesApi.put_file",
    method="PUT",
    path="/files/{name}",
    parameters=RequestPathParams,
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationOctetStream,
        ("application/octet-stream",),
        required=True,
        flattened=False,
        media={"application/octet-stream": ("binary", schemas.BinarySchema())},
    ),
    responses=(api_client.ResponseSpec("204", ApiResponseFor204, None),),
    secured=True,
    errors={},
    security=(
        ("bearer",),
        ("apiKeyHeader",),
    ),
)
