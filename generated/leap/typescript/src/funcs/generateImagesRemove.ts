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
import type { InferencesControllerRemoveResponse } from "../sdk/models/operations/inferencescontrollerremove.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/api/v1/images/models/{modelId}/inferences/{inferenceId}",
  args: [
    ["modelId", "path", "r", "string"],
    ["inferenceId", "path", "r", "string"],
  ],
  response: undefined,
  secured: true,
};

/**
 * Delete Image Job
 *
 * Delete the image job and all related images.
 */
export function generateImagesRemove(
  client: ClientCore,
  modelId: string,
  inferenceId: string,
  options?: RequestOptions,
): Promise<Result<InferencesControllerRemoveResponse, APIError>> {
  return invoke(client, OPERATION, [modelId, inferenceId], options);
}
