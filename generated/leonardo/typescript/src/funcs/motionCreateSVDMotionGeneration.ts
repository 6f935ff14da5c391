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
  CreateSVDMotionGenerationRequestBody$,
  CreateSVDMotionGenerationResponseBody$,
  type CreateSVDMotionGenerationRequestBody,
  type CreateSVDMotionGenerationResponse,
  type CreateSVDMotionGenerationResponseBody,
} from "../sdk/models/operations/createsvdmotiongeneration.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/generations-motion-svd",
  args: [["", "json", "r", CreateSVDMotionGenerationRequestBody$]],
  response: ["", CreateSVDMotionGenerationResponseBody$],
  secured: true,
};

/**
 * Create SVD Motion Generation
 *
 * This endpoint will generate a SVD motion generation.
 */
export function motionCreateSVDMotionGeneration(
  client: ClientCore,
  request: CreateSVDMotionGenerationRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateSVDMotionGenerationResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
