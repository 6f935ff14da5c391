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
import type { GetShapeResponse } from "../sdk/models/operations/getshape.js";
import { Circle$, type Circle } from "../sdk/models/shared/circle.js";
import { Square$, type Square } from "../sdk/models/shared/square.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/shapes/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["n", [Circle$, Square$]],
  secured: false,
};

export function eventsGetShape(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetShapeResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
