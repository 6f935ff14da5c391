/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  UploadInitImageRequestBody$,
  UploadInitImageResponseBody$,
  type UploadInitImageRequestBody,
  type UploadInitImageResponse,
  type UploadInitImageResponseBody,
} from "../sdk/models/operations/uploadinitimage.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/init-image",
  args: [["", "json", "r", UploadInitImageRequestBody$]],
  response: ["", UploadInitImageResponseBody$],
  secured: true,
};

/**
 * Upload init image
 *
 * This endpoint returns presigned details to upload an init image to S3
 */
export function initImagesUploadInitImage(
  client: ClientCore,
  request: UploadInitImageRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadInitImageResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
