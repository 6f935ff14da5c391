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
import {
  UploadFileRequestBody$,
  type UploadFileRequestBody,
  type UploadFileResponse,
} from "../sdk/models/operations/uploadfile.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/files",
  args: [["", "body", "r", UploadFileRequestBody$]],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["apiKeyQuery", "apiKeyCookie"]],
    media: [["multipart/form-data", "multipart", "r", UploadFileRequestBody$]],
    responses: [["201", "text", "", "any"]],
    accept: "application/xml",
  }),
};

export function filesUploadFile(
  client: ClientCore,
  request: UploadFileRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadFileResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
