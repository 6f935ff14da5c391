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
  CreateVariationUnzoomRequestBody$,
  CreateVariationUnzoomResponseBody$,
  type CreateVariationUnzoomRequestBody,
  type CreateVariationUnzoomResponse,
  type CreateVariationUnzoomResponseBody,
} from "../sdk/models/operations/createvariationunzoom.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/variations/unzoom",
  args: [["", "json", "r", CreateVariationUnzoomRequestBody$]],
  response: ["", CreateVariationUnzoomResponseBody$],
  secured: true,
};

/**
 * Create unzoom
 *
 * This endpoint will create an unzoom variation for the provided image ID
 */
export function variationCreateVariationUnzoom(
  client: ClientCore,
  request: CreateVariationUnzoomRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateVariationUnzoomResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
