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
  DoOddRequestBody$,
  DoOddResponseBody$,
  type DoOddRequestBody,
  type DoOddResponse,
  type DoOddResponseBody,
} from "../sdk/models/operations/doodd.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/odd/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["", "json", "r", DoOddRequestBody$],
  ],
  response: ["", DoOddResponseBody$],
  secured: true,
};

/**
 * Do it | now `fast` {{ now }} *\/
 *
 * Ends with a quote"
 * and """triple""" quotes, a trailing backslash \
 */
export function oddDoOdd(
  client: ClientCore,
  id: string,
  requestBody: DoOddRequestBody,
  options?: RequestOptions,
): Promise<Result<DoOddResponse, APIError>> {
  return invoke(client, OPERATION, [id, requestBody], options);
}
