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
  DeleteTextureGenerationByIdRequestBody$,
  DeleteTextureGenerationByIdResponseBody$,
  type DeleteTextureGenerationByIdRequestBody,
  type DeleteTextureGenerationByIdResponse,
  type DeleteTextureGenerationByIdResponseBody,
} from "../sdk/models/operations/deletetexturegenerationbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "DELETE",
  path: "/generations-texture/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["", "json", "o", DeleteTextureGenerationByIdRequestBody$],
  ],
  response: ["", DeleteTextureGenerationByIdResponseBody$],
  secured: true,
};

/**
 * Delete Texture Generation by ID
 *
 * This endpoint deletes the specific texture generation.
 */
export function textureDeleteTextureGenerationById(
  client: ClientCore,
  id: string,
  requestBody?: DeleteTextureGenerationByIdRequestBody,
  options?: RequestOptions,
): Promise<Result<DeleteTextureGenerationByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id, requestBody], options);
}
