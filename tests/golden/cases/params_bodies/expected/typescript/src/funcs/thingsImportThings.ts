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
  ImportThingsRequestBody$,
  type ImportThingsRequestBody,
  type ImportThingsResponse,
} from "../sdk/models/operations/importthings.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/things",
  args: [["", "json", "r", ImportThingsRequestBody$]],
  response: undefined,
  secured: true,
};

/**
 * Import things
 */
export function thingsImportThings(
  client: ClientCore,
  request: ImportThingsRequestBody,
  options?: RequestOptions,
): Promise<Result<ImportThingsResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
