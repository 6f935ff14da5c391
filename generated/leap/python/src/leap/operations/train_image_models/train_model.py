# Generated from spec/leap/openapi.yaml. Do not edit.
"""TrainImageModelsApi.train_model: POST /api/v2/images/models/new"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import create_and_train_model_dto
from ...model import model_v2_entity
from ...model.model_v2_entity import ModelV2Entity

SchemaForRequestBodyMultipartFormData = (
    create_and_train_model_dto.CreateAndTrainModelDtoSchema
)
SchemaFor200ResponseBodyApplicationJson = model_v2_entity.ModelV2EntitySchema


class ApiResponseFor200(api_client.ApiResponse[ModelV2Entity]):
    """Successfully submitted training job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="TrainImageModelsApi.train_model",
    method="POST",
    path="/api/v2/images/models/new",
    parameters=(),
    body=api_client.RequestBody(
        SchemaForRequestBodyMultipartFormData,
        ("multipart/form-data",),
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
