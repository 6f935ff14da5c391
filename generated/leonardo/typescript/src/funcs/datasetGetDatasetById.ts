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
  GetDatasetByIdResponseBody$,
  type GetDatasetByIdResponse,
  type GetDatasetByIdResponseBody,
} from "../sdk/models/operations/getdatasetbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/datasets/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", GetDatasetByIdResponseBody$],
  secured: true,
};

/**
 * Get a Single Dataset by ID
 *
 * This endpoint gets the specific dataset
 */
export function datasetGetDatasetById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetDatasetByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
