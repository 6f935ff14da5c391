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
  GetMiscResponseBody$,
  type GetMiscResponse,
  type GetMiscResponseBody,
} from "../sdk/models/operations/getmisc.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/misc",
  args: [],
  response: ["", GetMiscResponseBody$],
  secured: false,
};

export function accountsGetMisc(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetMiscResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
