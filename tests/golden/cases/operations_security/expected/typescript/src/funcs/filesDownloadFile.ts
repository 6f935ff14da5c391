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
import { wire } from "../lib/wire.js";
import type { DownloadFileResponse } from "../sdk/models/operations/downloadfile.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/files/{name}",
  args: [["name", "path simple", "r", "string"]],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["bearer"], ["apiKeyHeader"]],
    media: [],
    responses: [["200", "binary", "", "any"]],
    accept: "application/octet-stream",
  }),
};

export function filesDownloadFile(
  client: ClientCore,
  name: string,
  options?: RequestOptions,
): Promise<Result<DownloadFileResponse, APIError>> {
  return invoke(client, OPERATION, [name], options);
}
