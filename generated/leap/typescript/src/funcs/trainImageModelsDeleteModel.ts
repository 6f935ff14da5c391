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
import type { TrainImageModelsDeleteModelResponse } from "../sdk/models/operations/trainimagemodelsdeletemodel.js";
import {
  ModelV2Entity$,
  type ModelV2Entity,
} from "../sdk/models/shared/modelv2entity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/api/v2/images/models/{modelId}",
  args: [["modelId", "path", "r", "string"]],
  response: ["", ModelV2Entity$],
  secured: true,
};

/**
 * Delete a Model
 *
 * This endpoint will delete a model. This is not reversible.
 */
export function trainImageModelsDeleteModel(
  client: ClientCore,
  modelId: string,
  options?: RequestOptions,
): Promise<Result<TrainImageModelsDeleteModelResponse, APIError>> {
  return invoke(client, OPERATION, [modelId], options);
}
