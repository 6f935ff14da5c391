# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateImagesApi.find_all: GET /api/v1/images/models/{modelId}/inferences"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import inference_entity
from ...model.inference_entity import InferenceEntity

ModelIdSchema = schemas.StrSchema()
OnlyFinishedSchema = schemas.BoolSchema()
PageSchema = schemas.NumberSchema()
PageSizeSchema = schemas.NumberSchema()
RequestPathParams = (
    api_client.Parameter("modelId", "model_id", "path", ModelIdSchema, required=True),
)
RequestQueryParams = (
    api_client.Parameter("onlyFinished", "only_finished", "query", OnlyFinishedSchema),
    api_client.Parameter("page", "page", "query", PageSchema),
    api_client.Parameter("pageSize", "page_size", "query", PageSizeSchema),
)
SchemaFor200ResponseBodyApplicationJson = schemas.ListSchema(
    inference_entity.InferenceEntitySchema
)


class ApiResponseFor200(api_client.ApiResponse[List[InferenceEntity]]):
    """Successfully retrieved list of image generation jobs."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateImagesApi.find_all",
    method="GET",
    path="/api/v1/images/models/{modelId}/inferences",
    parameters=RequestPathParams + RequestQueryParams,
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
