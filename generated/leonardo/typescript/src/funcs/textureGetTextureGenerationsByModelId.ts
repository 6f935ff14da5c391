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
  GetTextureGenerationsByModelIdRequestBody$,
  GetTextureGenerationsByModelIdResponseBody$,
  type GetTextureGenerationsByModelIdRequestBody,
  type GetTextureGenerationsByModelIdResponse,
  type GetTextureGenerationsByModelIdResponseBody,
} from "../sdk/models/operations/gettexturegenerationsbymodelid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/generations-texture/model/{modelId}",
  args: [
    ["modelId", "path", "r", "string"],
    ["limit", "query", "o", "integer"],
    ["offset", "query", "o", "integer"],
    ["", "json", "o", GetTextureGenerationsByModelIdRequestBody$],
  ],
  response: ["", GetTextureGenerationsByModelIdResponseBody$],
  secured: true,
};

/**
 * Get texture generations by 3D Model ID
 *
 * This endpoint gets the specific texture generations by the 3d model id.
 */
export function textureGetTextureGenerationsByModelId(
  client: ClientCore,
  modelId: string,
  limit?: number,
  offset?: number,
  requestBody?: GetTextureGenerationsByModelIdRequestBody,
  options?: RequestOptions,
): Promise<Result<GetTextureGenerationsByModelIdResponse, APIError>> {
  return invoke(
    client,
    OPERATION,
    [modelId, limit, offset, requestBody],
    options,
  );
}
