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
import type { ListShapesResponse } from "../sdk/models/operations/listshapes.js";
import { Circle$, type Circle } from "../sdk/models/shared/circle.js";
import { Square$, type Square } from "../sdk/models/shared/square.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/shapes",
  args: [],
  response: ["a", [Circle$, Square$]],
  secured: false,
};

export function shapesListShapes(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<ListShapesResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
