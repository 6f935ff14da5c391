# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateMusicApi.create_audio: POST /api/v1/music"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import create_musicgen_inference_dto
from ...model import musicgen_inference_entity
from ...model.musicgen_inference_entity import MusicgenInferenceEntity

SchemaForRequestBodyApplicationJson = (
    create_musicgen_inference_dto.CreateMusicgenInferenceDtoSchema
)
SchemaFor200ResponseBodyApplicationJson = (
    musicgen_inference_entity.MusicgenInferenceEntitySchema
)


class ApiResponseFor200(api_client.ApiResponse[MusicgenInferenceEntity]):
    """Successfully submitted music generation job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateMusicApi.create_audio",
    method="POST",
    path="/api/v1/music",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyApplicationJson,
        ("application/json",),
        required=True,
        flattened=True,
    ),
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
