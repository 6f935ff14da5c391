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
import type { GetInventoryResponse } from "../sdk/models/operations/getinventory.js";
import { Inventory$, type Inventory } from "../sdk/models/shared/inventory.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/inventory",
  args: [],
  response: ["", Inventory$],
  secured: false,
};

export function accountsGetInventory(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetInventoryResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
