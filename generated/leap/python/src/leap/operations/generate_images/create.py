# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateImagesApi.create: POST /api/v1/images/models/{modelId}/inferences"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import create_inference_dto
from ...model import inference_entity
from ...model.inference_entity import InferenceEntity

ModelIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("modelId", "model_id", "path", ModelIdSchema, required=True),
)
SchemaForRequestBodyApplicationJson = create_inference_dto.CreateInferenceDtoSchema
SchemaFor200ResponseBodyApplicationJson = inference_entity.InferenceEntitySchema


class ApiResponseFor200(api_client.ApiResponse[InferenceEntity]):
    """Successfully submitted image generation job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateImagesApi.create",
    method="POST",
    path="/api/v1/images/models/{modelId}/inferences",
    parameters=RequestPathParams,
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
