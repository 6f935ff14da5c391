# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateMusicApi.find_all_audio: GET /api/v1/music"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import musicgen_inference_entity
from ...model.musicgen_inference_entity import MusicgenInferenceEntity

SchemaFor200ResponseBodyApplicationJson = schemas.ListSchema(
    musicgen_inference_entity.MusicgenInferenceEntitySchema
)


class ApiResponseFor200(api_client.ApiResponse[List[MusicgenInferenceEntity]]):
    """Successfully retrieved music generation jobs."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateMusicApi.find_all_audio",
    method="GET",
    path="/api/v1/music",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
