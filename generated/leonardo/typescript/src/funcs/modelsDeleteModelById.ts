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
  DeleteModelByIdResponseBody$,
  type DeleteModelByIdResponse,
  type DeleteModelByIdResponseBody,
} from "../sdk/models/operations/deletemodelbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/models/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", DeleteModelByIdResponseBody$],
  secured: true,
};

/**
 * Delete a Single Custom Model by ID
 *
 * This endpoint will delete a specific custom model
 */
export function modelsDeleteModelById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<DeleteModelByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
