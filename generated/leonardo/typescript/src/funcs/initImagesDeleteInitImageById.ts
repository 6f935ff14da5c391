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
  DeleteInitImageByIdResponseBody$,
  type DeleteInitImageByIdResponse,
  type DeleteInitImageByIdResponseBody,
} from "../sdk/models/operations/deleteinitimagebyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/init-image/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", DeleteInitImageByIdResponseBody$],
  secured: true,
};

/**
 * Delete init image
 *
 * This endpoint deletes an init image
 */
export function initImagesDeleteInitImageById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<DeleteInitImageByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
