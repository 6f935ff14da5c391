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
  UploadDatasetImageRequestBody$,
  UploadDatasetImageResponseBody$,
  type UploadDatasetImageRequestBody,
  type UploadDatasetImageResponse,
  type UploadDatasetImageResponseBody,
} from "../sdk/models/operations/uploaddatasetimage.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/datasets/{datasetId}/upload",
  args: [
    ["datasetId", "path", "r", "string"],
    ["", "json", "r", UploadDatasetImageRequestBody$],
  ],
  response: ["", UploadDatasetImageResponseBody$],
  secured: true,
};

/**
 * Upload dataset image
 *
 * This endpoint returns presigned details to upload a dataset image to S3
 */
export function datasetUploadDatasetImage(
  client: ClientCore,
  datasetId: string,
  requestBody: UploadDatasetImageRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadDatasetImageResponse, APIError>> {
  return invoke(client, OPERATION, [datasetId, requestBody], options);
}
