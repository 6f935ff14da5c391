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
  GetModelByIdResponseBody$,
  type GetModelByIdResponse,
  type GetModelByIdResponseBody,
} from "../sdk/models/operations/getmodelbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/models/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", GetModelByIdResponseBody$],
  secured: true,
};

/**
 * Get a Single Custom Model by ID
 *
 * This endpoint gets the specific custom model
 */
export function modelsGetModelById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetModelByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
