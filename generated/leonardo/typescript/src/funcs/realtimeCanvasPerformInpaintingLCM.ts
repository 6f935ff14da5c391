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
  PerformInpaintingLCMRequestBody$,
  PerformInpaintingLCMResponseBody$,
  type PerformInpaintingLCMRequestBody,
  type PerformInpaintingLCMResponse,
  type PerformInpaintingLCMResponseBody,
} from "../sdk/models/operations/performinpaintinglcm.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/lcm-inpainting",
  args: [["", "json", "r", PerformInpaintingLCMRequestBody$]],
  response: ["", PerformInpaintingLCMResponseBody$],
  secured: true,
};

/**
 * Perform inpainting on a LCM image
 *
 * This endpoint will perform a inpainting on a LCM image
 */
export function realtimeCanvasPerformInpaintingLCM(
  client: ClientCore,
  request: PerformInpaintingLCMRequestBody,
  options?: RequestOptions,
): Promise<Result<PerformInpaintingLCMResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
