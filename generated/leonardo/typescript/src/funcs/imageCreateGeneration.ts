/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  CreateGenerationRequestBody$,
  CreateGenerationResponseBody$,
  type CreateGenerationRequestBody,
  type CreateGenerationResponse,
  type CreateGenerationResponseBody,
} from "../sdk/models/operations/creategeneration.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/generations",
  args: [["", "json", "r", CreateGenerationRequestBody$]],
  response: ["", CreateGenerationResponseBody$],
  secured: true,
};

/**
 * Create a Generation of Images
 *
 * This endpoint will generate images
 */
export function imageCreateGeneration(
  client: ClientCore,
  request: CreateGenerationRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateGenerationResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
