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
  DeleteDatasetByIdResponseBody$,
  type DeleteDatasetByIdResponse,
  type DeleteDatasetByIdResponseBody,
} from "../sdk/models/operations/deletedatasetbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/datasets/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", DeleteDatasetByIdResponseBody$],
  secured: true,
};

/**
 * Delete a Single Dataset by ID
 *
 * This endpoint deletes the specific dataset
 */
export function datasetDeleteDatasetById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<DeleteDatasetByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
