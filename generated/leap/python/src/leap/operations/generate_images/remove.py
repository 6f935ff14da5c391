# Generated from spec/leap/openapi.yaml. Do not edit.
"""GenerateImagesApi.remove: DELETE /api/v1/images/models/{modelId}/inferences/{inferenceId}"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas

ModelIdSchema = schemas.StrSchema()
InferenceIdSchema = schemas.StrSchema()
RequestPathParams = (
    api_client.Parameter("modelId", "model_id", "path", ModelIdSchema, required=True),
    api_client.Parameter(
        "inferenceId", "inference_id", "path", InferenceIdSchema, required=True
    ),
)


class ApiResponseFor200(api_client.ApiResponse[schemas.Unset]):
    """Successfully deleted image generation job."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="GenerateImagesApi.remove",
    method="DELETE",
    path="/api/v1/images/models/{modelId}/inferences/{inferenceId}",
    parameters=RequestPathParams,
    body=None,
    responses=(api_client.ResponseSpec("200", ApiResponseFor200, None),),
    secured=True,
)
