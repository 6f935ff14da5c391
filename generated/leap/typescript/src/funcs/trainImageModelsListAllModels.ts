/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import type { TrainImageModelsListAllModelsResponse } from "../sdk/models/operations/trainimagemodelslistallmodels.js";
import {
  ListModelsV2Response$,
  type ListModelsV2Response,
} from "../sdk/models/shared/listmodelsv2response.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v2/images/models",
  args: [],
  response: ["", ListModelsV2Response$],
  secured: true,
};

/**
 * List All Models
 *
 * This endpoint will return a list of all models for the workspace.
 */
export function trainImageModelsListAllModels(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<TrainImageModelsListAllModelsResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
