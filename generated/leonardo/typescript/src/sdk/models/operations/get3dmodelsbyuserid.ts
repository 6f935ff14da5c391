/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "model_assets"
 */
export interface Get3DModelsByUserIdModelAssets {
  createdAt?: string;
  id?: string | null;
  meshUrl?: string;
  name?: string | null;
  updatedAt?: string;
  userId?: string | null;
}

export function Get3DModelsByUserIdModelAssets$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    ["meshUrl", "meshUrl", "o", "string"],
    ["name", "name", "on", "string"],
    ["updatedAt", "updatedAt", "o", "string"],
    ["userId", "userId", "on", "string"],
  ];
}

export interface Get3DModelsByUserIdRequestBody {
  userId?: string | null;
}

export function Get3DModelsByUserIdRequestBody$(): Fields {
  return [["userId", "userId", "on", "string"]];
}

export interface Get3DModelsByUserIdResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: Get3DModelsByUserIdResponseBody | undefined;
}

export interface Get3DModelsByUserIdResponseBody {
  modelAssets?: Array<Get3DModelsByUserIdModelAssets>;
}

export function Get3DModelsByUserIdResponseBody$(): Fields {
  return [
    ["modelAssets", "model_assets", "oa", Get3DModelsByUserIdModelAssets$],
  ];
}
