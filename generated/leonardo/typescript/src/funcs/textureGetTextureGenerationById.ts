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
  GetTextureGenerationByIdRequestBody$,
  GetTextureGenerationByIdResponseBody$,
  type GetTextureGenerationByIdRequestBody,
  type GetTextureGenerationByIdResponse,
  type GetTextureGenerationByIdResponseBody,
} from "../sdk/models/operations/gettexturegenerationbyid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/generations-texture/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["limit", "query", "o", "integer"],
    ["offset", "query", "o", "integer"],
    ["", "json", "o", GetTextureGenerationByIdRequestBody$],
  ],
  response: ["", GetTextureGenerationByIdResponseBody$],
  secured: true,
};

/**
 * Get Texture Generation by ID
 *
 * This endpoint gets the specific texture generation.
 */
export function textureGetTextureGenerationById(
  client: ClientCore,
  id: string,
  limit?: number,
  offset?: number,
  requestBody?: GetTextureGenerationByIdRequestBody,
  options?: RequestOptions,
): Promise<Result<GetTextureGenerationByIdResponse, APIError>> {
  return invoke(client, OPERATION, [id, limit, offset, requestBody], options);
}
