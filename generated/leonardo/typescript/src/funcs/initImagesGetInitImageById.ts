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
  GetInitImageByIdResponseBody$,
  type GetInitImageByIdResponse,
  type GetInitImageByIdResponseBody,
} from "../sdk/models/operations/getinitimagebyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/init-image/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", GetInitImageByIdResponseBody$],
  secured: true,
};

/**
 * Get single init image
 *
 * This endpoint will return a single init image
 */
export function initImagesGetInitImageById(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetInitImageByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
