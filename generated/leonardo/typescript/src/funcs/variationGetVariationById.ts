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
  GetVariationByIdResponseBody$,
  type GetVariationByIdResponse,
  type GetVariationByIdResponseBody,
} from "../sdk/models/operations/getvariationbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/variations/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", GetVariationByIdResponseBody$],
  secured: true,
};

/**
 * Get variation by ID
 *
 * This endpoint will get the variation by ID
 */
export function variationGetVariationById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetVariationByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
