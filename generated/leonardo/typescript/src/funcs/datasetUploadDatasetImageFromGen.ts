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
  UploadDatasetImageFromGenRequestBody$,
  UploadDatasetImageFromGenResponseBody$,
  type UploadDatasetImageFromGenRequestBody,
  type UploadDatasetImageFromGenResponse,
  type UploadDatasetImageFromGenResponseBody,
} from "../sdk/models/operations/uploaddatasetimagefromgen.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/datasets/{datasetId}/upload/gen",
  args: [
    ["datasetId", "path", "r", "string"],
    ["", "json", "r", UploadDatasetImageFromGenRequestBody$],
  ],
  response: ["", UploadDatasetImageFromGenResponseBody$],
  secured: true,
};

/**
 * Upload a Single Generated Image to a Dataset
 *
 * This endpoint will upload a previously generated image to the dataset
 */
export function datasetUploadDatasetImageFromGen(
  client: ClientCore,
  datasetId: string,
  requestBody: UploadDatasetImageFromGenRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadDatasetImageFromGenResponse, APIError>> {
  return invoke(client, OPERATION, [datasetId, requestBody], options);
}
