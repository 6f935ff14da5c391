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
  GetGenerationsByUserIdResponseBody$,
  type GetGenerationsByUserIdResponse,
  type GetGenerationsByUserIdResponseBody,
} from "../sdk/models/operations/getgenerationsbyuserid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/generations/user/{userId}",
  args: [
    ["userId", "path", "r", "string"],
    ["limit", "query", "o", "integer"],
    ["offset", "query", "o", "integer"],
  ],
  response: ["", GetGenerationsByUserIdResponseBody$],
  secured: true,
};

/**
 * Get generations by user ID
 *
 * This endpoint returns all generations by a specific user
 */
export function imageGetGenerationsByUserId(
  client: ClientCore,
  userId: string,
  limit?: number,
  offset?: number,
  options?: RequestOptions,
): Promise<Result<GetGenerationsByUserIdResponse, APIError>> {
  return invoke(client, OPERATION, [userId, limit, offset], options);
}
