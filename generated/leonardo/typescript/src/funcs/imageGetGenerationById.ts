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
  GetGenerationByIdResponseBody$,
  type GetGenerationByIdResponse,
  type GetGenerationByIdResponseBody,
} from "../sdk/models/operations/getgenerationbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/generations/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", GetGenerationByIdResponseBody$],
  secured: true,
};

/**
 * Get a Single Generation
 *
 * This endpoint will provide information about a specific generation
 */
export function imageGetGenerationById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetGenerationByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
