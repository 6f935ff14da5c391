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
import type { TrainImageModelsGetModelResponse } from "../sdk/models/operations/trainimagemodelsgetmodel.js";
import {
  ModelV2Entity$,
  type ModelV2Entity,
} from "../sdk/models/shared/modelv2entity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v2/images/models/{modelId}",
  args: [["modelId", "path", "r", "string"]],
  response: ["", ModelV2Entity$],
  secured: true,
};

/**
 * Get a Single Model
 *
 * This endpoint will return a single model.
 */
export function trainImageModelsGetModel(
  client: ClientCore,
  modelId: string,
  options?: RequestOptions,
): Promise<Result<TrainImageModelsGetModelResponse, APIError>> {
  return invoke(client, OPERATION, [modelId], options);
}
