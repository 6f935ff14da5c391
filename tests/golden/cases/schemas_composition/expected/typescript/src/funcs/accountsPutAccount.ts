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
import type { PutAccountResponse } from "../sdk/models/operations/putaccount.js";
import { Account$, type Account } from "../sdk/models/shared/account.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "PUT",
  path: "/accounts",
  args: [["", "json", "r", Account$]],
  response: ["", Account$],
  secured: false,
};

export function accountsPutAccount(
  client: ClientCore,
  request: Account,
  options?: RequestOptions,
): Promise<Result<PutAccountResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
