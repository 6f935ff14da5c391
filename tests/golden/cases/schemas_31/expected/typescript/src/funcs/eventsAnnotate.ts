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
  AnnotateRequestBody$,
  type AnnotateRequestBody,
  type AnnotateResponse,
} from "../sdk/models/operations/annotate.js";
import { Level$, type Level } from "../sdk/models/shared/level.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/annotated",
  args: [["", "json", "r", AnnotateRequestBody$]],
  response: ["n", Level$],
  secured: false,
};

export function eventsAnnotate(
  client: ClientCore,
  request: AnnotateRequestBody,
  options?: RequestOptions,
): Promise<Result<AnnotateResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
