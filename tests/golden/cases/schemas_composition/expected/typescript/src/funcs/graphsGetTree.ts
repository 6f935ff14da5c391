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
import type { GetTreeResponse } from "../sdk/models/operations/gettree.js";
import { TreeNode$, type TreeNode } from "../sdk/models/shared/treenode.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/tree",
  args: [],
  response: ["", TreeNode$],
  secured: false,
};

export function graphsGetTree(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetTreeResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
