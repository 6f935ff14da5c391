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
  Get3DModelsByUserIdRequestBody$,
  Get3DModelsByUserIdResponseBody$,
  type Get3DModelsByUserIdRequestBody,
  type Get3DModelsByUserIdResponse,
  type Get3DModelsByUserIdResponseBody,
} from "../sdk/models/operations/get3dmodelsbyuserid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/models-3d/user/{userId}",
  args: [
    ["userId", "path", "r", "string"],
    ["limit", "query", "o", "integer"],
    ["offset", "query", "o", "integer"],
    ["", "json", "o", Get3DModelsByUserIdRequestBody$],
  ],
  response: ["", Get3DModelsByUserIdResponseBody$],
  secured: true,
};

/**
 * Get 3D models by user ID
 *
 * This endpoint returns all 3D models by a specific user
 */
export function threeDModelAssetsGet3DModelsByUserId(
  client: ClientCore,
  userId: string,
  limit?: number,
  offset?: number,
  requestBody?: Get3DModelsByUserIdRequestBody,
  options?: RequestOptions,
): Promise<Result<Get3DModelsByUserIdResponse, APIError>> {
  return invoke(
    client,
    OPERATION,
    [userId, limit, offset, requestBody],
    options,
  );
}
