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
  Get3DModelByIdRequestBody$,
  Get3DModelByIdResponseBody$,
  type Get3DModelByIdRequestBody,
  type Get3DModelByIdResponse,
  type Get3DModelByIdResponseBody,
} from "../sdk/models/operations/get3dmodelbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/models-3d/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["limit", "query", "o", "integer"],
    ["offset", "query", "o", "integer"],
    ["", "json", "o", Get3DModelByIdRequestBody$],
  ],
  response: ["", Get3DModelByIdResponseBody$],
  secured: true,
};

/**
 * Get 3D Model by ID
 *
 * This endpoint gets the specific 3D model
 */
export function threeDModelAssetsGet3DModelById(
  client: ClientCore,
  id: string,
  limit?: number,
  offset?: number,
  requestBody?: Get3DModelByIdRequestBody,
  options?: RequestOptions,
): Promise<Result<Get3DModelByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id, limit, offset, requestBody], options);
}
