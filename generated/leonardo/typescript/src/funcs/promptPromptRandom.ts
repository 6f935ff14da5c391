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
  PromptRandomResponseBody$,
  type PromptRandomResponse,
  type PromptRandomResponseBody,
} from "../sdk/models/operations/promptrandom.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/prompt/random",
  args: [],
  response: ["", PromptRandomResponseBody$],
  secured: true,
};

/**
 * Generate a Random prompt
 *
 * This endpoint returns a random prompt
 */
export function promptPromptRandom(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<PromptRandomResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
