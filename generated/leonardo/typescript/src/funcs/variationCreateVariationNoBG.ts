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
  CreateVariationNoBGRequestBody$,
  CreateVariationNoBGResponseBody$,
  type CreateVariationNoBGRequestBody,
  type CreateVariationNoBGResponse,
  type CreateVariationNoBGResponseBody,
} from "../sdk/models/operations/createvariationnobg.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/variations/nobg",
  args: [["", "json", "r", CreateVariationNoBGRequestBody$]],
  response: ["", CreateVariationNoBGResponseBody$],
  secured: true,
};

/**
 * Create no background
 *
 * This endpoint will create a no background variation of the provided image ID
 */
export function variationCreateVariationNoBG(
  client: ClientCore,
  request: CreateVariationNoBGRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateVariationNoBGResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
