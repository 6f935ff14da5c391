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
  ListThingsResponseBody$,
  type ListThingsResponse,
  type ListThingsResponseBody,
} from "../sdk/models/operations/listthings.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/users/{userId}/things",
  args: [
    ["userId", "path", "r", "string"],
    ["onlyActive", "query", "r", "boolean"],
    ["limit", "query", "o", "integer"],
  ],
  response: ["", ListThingsResponseBody$],
  secured: true,
};

/**
 * List things
 */
export function thingsListThings(
  client: ClientCore,
  userId: string,
  onlyActive: boolean,
  limit?: number,
  options?: RequestOptions,
): Promise<Result<ListThingsResponse, APIError>> {
  return invoke(client, OPERATION, [userId, onlyActive, limit], options);
}
