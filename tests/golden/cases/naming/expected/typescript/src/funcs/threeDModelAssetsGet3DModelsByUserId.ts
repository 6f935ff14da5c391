/*
 * Generated from spec.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  Get3DModelsByUserIdResponseBody$,
  type Get3DModelsByUserIdResponse,
  type Get3DModelsByUserIdResponseBody,
} from "../sdk/models/operations/get3dmodelsbyuserid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/models-3d/user/{userId}",
  args: [
    ["userId", "path", "r", "string"],
    ["from", "query", "o", "integer"],
  ],
  response: ["", Get3DModelsByUserIdResponseBody$],
  secured: false,
};

/**
 * Get 3D models by user ID
 */
export function threeDModelAssetsGet3DModelsByUserId(
  client: ClientCore,
  userId: string,
  from?: number,
  options?: RequestOptions,
): Promise<Result<Get3DModelsByUserIdResponse, APIError>> {
  return invoke(client, OPERATION, [userId, from], options);
}
