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
  UploadCanvasInitImageRequestBody$,
  UploadCanvasInitImageResponseBody$,
  type UploadCanvasInitImageRequestBody,
  type UploadCanvasInitImageResponse,
  type UploadCanvasInitImageResponseBody,
} from "../sdk/models/operations/uploadcanvasinitimage.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/canvas-init-image",
  args: [["", "json", "r", UploadCanvasInitImageRequestBody$]],
  response: ["", UploadCanvasInitImageResponseBody$],
  secured: true,
};

/**
 * Upload Canvas Editor init and mask image
 *
 * This endpoint returns presigned details to upload an init image and a mask image to S3
 */
export function initImagesUploadCanvasInitImage(
  client: ClientCore,
  request: UploadCanvasInitImageRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadCanvasInitImageResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
