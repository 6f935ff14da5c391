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
  PerformInstantRefineRequestBody$,
  PerformInstantRefineResponseBody$,
  type PerformInstantRefineRequestBody,
  type PerformInstantRefineResponse,
  type PerformInstantRefineResponseBody,
} from "../sdk/models/operations/performinstantrefine.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/lcm-instant-refine",
  args: [["", "json", "r", PerformInstantRefineRequestBody$]],
  response: ["", PerformInstantRefineResponseBody$],
  secured: true,
};

/**
 * Perform instant refine on a LCM image
 *
 * This endpoint will perform instant refine on a LCM image
 */
export function realtimeCanvasPerformInstantRefine(
  client: ClientCore,
  request: PerformInstantRefineRequestBody,
  options?: RequestOptions,
): Promise<Result<PerformInstantRefineResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
