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
import type { InferencesControllerFindAllResponse } from "../sdk/models/operations/inferencescontrollerfindall.js";
import {
  InferenceEntity$,
  type InferenceEntity,
} from "../sdk/models/shared/inferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v1/images/models/{modelId}/inferences",
  args: [
    ["modelId", "path", "r", "string"],
    ["onlyFinished", "query", "o", "boolean"],
    ["page", "query", "o", "number"],
    ["pageSize", "query", "o", "number"],
  ],
  response: ["a", InferenceEntity$],
  secured: true,
};

/**
 * List All Image Jobs
 *
 * Fetch a list of inference jobs for a specific model.
 */
export function generateImagesFindAll(
  client: ClientCore,
  modelId: string,
  onlyFinished?: boolean,
  page?: number,
  pageSize?: number,
  options?: RequestOptions,
): Promise<Result<InferencesControllerFindAllResponse, APIError>> {
  return invoke(
    client,
    OPERATION,
    [modelId, onlyFinished, page, pageSize],
    options,
  );
}
