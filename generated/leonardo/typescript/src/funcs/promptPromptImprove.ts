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
  PromptImproveRequestBody$,
  PromptImproveResponseBody$,
  type PromptImproveRequestBody,
  type PromptImproveResponse,
  type PromptImproveResponseBody,
} from "../sdk/models/operations/promptimprove.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/prompt/improve",
  args: [["", "json", "r", PromptImproveRequestBody$]],
  response: ["", PromptImproveResponseBody$],
  secured: true,
};

/**
 * Improve a Prompt
 *
 * This endpoint returns a improved prompt
 */
export function promptPromptImprove(
  client: ClientCore,
  request: PromptImproveRequestBody,
  options?: RequestOptions,
): Promise<Result<PromptImproveResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
