/*
 * Generated from spec.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  CreateVariationNoBGRequestBody$,
  type CreateVariationNoBGRequestBody,
  type CreateVariationNoBGResponse,
} from "../sdk/models/operations/createvariationnobg.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/variations/nobg",
  args: [["", "json", "r", CreateVariationNoBGRequestBody$]],
  response: undefined,
  secured: false,
};

/**
 * Create no background
 */
export function realtimeCanvasCreateVariationNoBG(
  client: ClientCore,
  request: CreateVariationNoBGRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateVariationNoBGResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
