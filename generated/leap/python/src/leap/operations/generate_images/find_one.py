# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateImagesApi.find_one: GET /api/v1/images/models/{modelId}/inferences/{inferenceId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import inference_entity
from ...model.inference_entity import InferenceEntity

ModelIdSchema = schemas.StrSchema()
InferenceIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("modelId", "model_id", "path", ModelIdSchema, required=True),
    api_client.Parameter(
        "inferenceId", "inference_id", "path", InferenceIdSchema, required=True
    ),
)
SchemaFor200ResponseBodyApplicationJson = inference_entity.InferenceEntitySchema


class ApiResponseFor200(api_client.ApiResponse[InferenceEntity]):
    """Successfully retrieved image generation job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateImagesApi.find_one",
    method="GET",
    path="/api/v1/images/models/{modelId}/inferences/{inferenceId}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
