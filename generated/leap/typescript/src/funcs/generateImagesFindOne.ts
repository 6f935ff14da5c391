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
import type { InferencesControllerFindOneResponse } from "../sdk/models/operations/inferencescontrollerfindone.js";
import {
  InferenceEntity$,
  type InferenceEntity,
} from "../sdk/models/shared/inferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v1/images/models/{modelId}/inferences/{inferenceId}",
  args: [
    ["modelId", "path", "r", "string"],
    ["inferenceId", "path", "r", "string"],
  ],
  response: ["", InferenceEntity$],
  secured: true,
};

/**
 * Get Single Image Job
 *
 * Retrieve a single image generation job, including the urls for the images generated.
 */
export function generateImagesFindOne(
  client: ClientCore,
  modelId: string,
  inferenceId: string,
  options?: RequestOptions,
): Promise<Result<InferencesControllerFindOneResponse, APIError>> {
  return invoke(client, OPERATION, [modelId, inferenceId], options);
}
