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
  CreateLCMGenerationRequestBody$,
  CreateLCMGenerationResponseBody$,
  type CreateLCMGenerationRequestBody,
  type CreateLCMGenerationResponse,
  type CreateLCMGenerationResponseBody,
} from "../sdk/models/operations/createlcmgeneration.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/generations-lcm",
  args: [["", "json", "r", CreateLCMGenerationRequestBody$]],
  response: ["", CreateLCMGenerationResponseBody$],
  secured: true,
};

/**
 * Create LCM Generation
 *
 * This endpoint will generate a LCM image generation.
 */
export function realtimeCanvasCreateLCMGeneration(
  client: ClientCore,
  request: CreateLCMGenerationRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateLCMGenerationResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
