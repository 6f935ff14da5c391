# Generated from spec/leap/openapi.yaml. Do not edit.
"""TrainImageModelsApi.get_model: GET /api/v2/images/models/{modelId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import model_v2_entity
from ...model.model_v2_entity import ModelV2Entity

ModelIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("modelId", "model_id", "path", ModelIdSchema, required=True),
)
SchemaFor200ResponseBodyApplicationJson = model_v2_entity.ModelV2EntitySchema


class ApiResponseFor200(api_client.ApiResponse[ModelV2Entity]):
    """Successfully retrieved the model."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="TrainImageModelsApi.get_model",
    method="GET",
    path="/api/v2/images/models/{modelId}",
    parameters=RequestPathParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
