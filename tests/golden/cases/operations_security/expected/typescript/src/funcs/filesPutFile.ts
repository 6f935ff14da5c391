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
import type { PutFileResponse } from "../sdk/models/operations/putfile.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "PUT",
  path: "/files/{name}",
  args: [
    ["name", "path simple", "r", "string"],
    ["", "body", "r", "binary"],
  ],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["bearer"], ["apiKeyHeader"]],
    media: [["application/octet-stream", "binary", "r", "any"]],
    responses: [["204", "", "", "any"]],
    accept: "*/*",
  }),
};

export function filesPutFile(
  client: ClientCore,
  name: string,
  requestBody: Blob,
  options?: RequestOptions,
): Promise<Result<PutFileResponse, APIError>> {
  return invoke(client, OPERATION, [name, requestBody], options);
}
