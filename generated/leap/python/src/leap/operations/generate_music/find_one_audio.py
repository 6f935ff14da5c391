# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateMusicApi.find_one_audio: GET /api/v1/music/{inferenceId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import musicgen_inference_entity
from ...model.musicgen_inference_entity import MusicgenInferenceEntity

InferenceIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter(
        "inferenceId", "inference_id", "path", InferenceIdSchema, required=True
    ),
)
SchemaFor200ResponseBodyApplicationJson = (
    musicgen_inference_entity.MusicgenInferenceEntitySchema
)


class ApiResponseFor200(api_client.ApiResponse[MusicgenInferenceEntity]):
    """Successfully retrieved music generation job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateMusicApi.find_one_audio",
    method="GET",
    path="/api/v1/music/{inferenceId}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=False,
)
