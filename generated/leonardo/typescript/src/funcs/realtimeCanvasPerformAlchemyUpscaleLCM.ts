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
  PerformAlchemyUpscaleLCMRequestBody$,
  PerformAlchemyUpscaleLCMResponseBody$,
  type PerformAlchemyUpscaleLCMRequestBody,
  type PerformAlchemyUpscaleLCMResponse,
  type PerformAlchemyUpscaleLCMResponseBody,
} from "../sdk/models/operations/performalchemyupscalelcm.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/lcm-upscale",
  args: [["", "json", "r", PerformAlchemyUpscaleLCMRequestBody$]],
  response: ["", PerformAlchemyUpscaleLCMResponseBody$],
  secured: true,
};

/**
 * Perform Alchemy Upscale on a LCM image
 *
 * This endpoint will perform Alchemy Upscale on a LCM image
 */
export function realtimeCanvasPerformAlchemyUpscaleLCM(
  client: ClientCore,
  request: PerformAlchemyUpscaleLCMRequestBody,
  options?: RequestOptions,
): Promise<Result<PerformAlchemyUpscaleLCMResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
