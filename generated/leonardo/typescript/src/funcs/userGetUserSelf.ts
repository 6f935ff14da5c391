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
  GetUserSelfResponseBody$,
  type GetUserSelfResponse,
  type GetUserSelfResponseBody,
} from "../sdk/models/operations/getuserself.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/me",
  args: [],
  response: ["", GetUserSelfResponseBody$],
  secured: true,
};

/**
 * Get user information
 *
 * This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
 */
export function userGetUserSelf(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetUserSelfResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
