# Generated from spec/leap/openapi.yaml. Do not edit.
"""TrainImageModelsApi.list_all_models: GET /api/v2/images/models"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ... import api_client, schemas
from ...model import list_models_v2_response
from ...model.list_models_v2_response import ListModelsV2Response

SchemaFor200ResponseBodyApplicationJson = (
    list_models_v2_response.ListModelsV2ResponseSchema
)


class ApiResponseFor200(api_client.ApiResponse[ListModelsV2Response]):
    """Successfully retrieved models."""


OPERATION: api_client.Operation[ApiResponseFor200] = api_client.Operation(
    name="TrainImageModelsApi.list_all_models",
    method="GET",
    path="/api/v2/images/models",
    parameters=(),
    body=None,
    responses=(
        api_client.ResponseSpec(
            "200", ApiResponseFor200, SchemaFor200ResponseBodyApplicationJson
        ),
    ),
    secured=True,
)
