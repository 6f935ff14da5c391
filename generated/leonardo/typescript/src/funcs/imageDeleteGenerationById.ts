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
  DeleteGenerationByIdResponseBody$,
  type DeleteGenerationByIdResponse,
  type DeleteGenerationByIdResponseBody,
} from "../sdk/models/operations/deletegenerationbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/generations/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", DeleteGenerationByIdResponseBody$],
  secured: true,
};

/**
 * Delete a Single Generation
 *
 * This endpoint deletes a specific generation
 */
export function imageDeleteGenerationById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<DeleteGenerationByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
