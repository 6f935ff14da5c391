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
import type { GetValueResponse } from "../sdk/models/operations/getvalue.js";
import { Cat$, type Cat } from "../sdk/models/shared/cat.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/values",
  args: [],
  response: ["", "any"],
  secured: false,
};

export function shapesGetValue(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetValueResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
