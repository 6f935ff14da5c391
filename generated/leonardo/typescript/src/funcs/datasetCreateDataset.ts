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
  CreateDatasetRequestBody$,
  CreateDatasetResponseBody$,
  type CreateDatasetRequestBody,
  type CreateDatasetResponse,
  type CreateDatasetResponseBody,
} from "../sdk/models/operations/createdataset.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/datasets",
  args: [["", "json", "r", CreateDatasetRequestBody$]],
  response: ["", CreateDatasetResponseBody$],
  secured: true,
};

/**
 * Create a Dataset
 *
 * This endpoint creates a new dataset
 */
export function datasetCreateDataset(
  client: ClientCore,
  request: CreateDatasetRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateDatasetResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
