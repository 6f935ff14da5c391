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
  CreateVariationUpscaleRequestBody$,
  CreateVariationUpscaleResponseBody$,
  type CreateVariationUpscaleRequestBody,
  type CreateVariationUpscaleResponse,
  type CreateVariationUpscaleResponseBody,
} from "../sdk/models/operations/createvariationupscale.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/variations/upscale",
  args: [["", "json", "r", CreateVariationUpscaleRequestBody$]],
  response: ["", CreateVariationUpscaleResponseBody$],
  secured: true,
};

/**
 * Create upscale
 *
 * This endpoint will create an upscale for the provided image ID
 */
export function variationCreateVariationUpscale(
  client: ClientCore,
  request: CreateVariationUpscaleRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateVariationUpscaleResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
