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
  Delete3DModelByIdRequestBody$,
  Delete3DModelByIdResponseBody$,
  type Delete3DModelByIdRequestBody,
  type Delete3DModelByIdResponse,
  type Delete3DModelByIdResponseBody,
} from "../sdk/models/operations/delete3dmodelbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/models-3d/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["", "json", "o", Delete3DModelByIdRequestBody$],
  ],
  response: ["", Delete3DModelByIdResponseBody$],
  secured: true,
};

/**
 * Delete 3D Model by ID
 *
 * This endpoint deletes the specific 3D Model
 */
export function threeDModelAssetsDelete3DModelById(
  client: ClientCore,
  id: string,
  requestBody?: Delete3DModelByIdRequestBody,
  options?: RequestOptions,
): Promise<Result<Delete3DModelByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id, requestBody], options);
}
