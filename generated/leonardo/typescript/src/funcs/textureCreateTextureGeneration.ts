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
  CreateTextureGenerationRequestBody$,
  CreateTextureGenerationResponseBody$,
  type CreateTextureGenerationRequestBody,
  type CreateTextureGenerationResponse,
  type CreateTextureGenerationResponseBody,
} from "../sdk/models/operations/createtexturegeneration.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/generations-texture",
  args: [["", "json", "r", CreateTextureGenerationRequestBody$]],
  response: ["", CreateTextureGenerationResponseBody$],
  secured: true,
};

/**
 * Create Texture Generation
 *
 * This endpoint will generate a texture generation.
 */
export function textureCreateTextureGeneration(
  client: ClientCore,
  request: CreateTextureGenerationRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateTextureGenerationResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
