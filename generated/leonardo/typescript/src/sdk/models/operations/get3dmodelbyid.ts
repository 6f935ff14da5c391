/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "model_assets"
 */
export interface Get3DModelByIdModelAssetsByPk {
  createdAt?: string;
  id?: string | null;
  meshUrl?: string;
  name?: string | null;
  updatedAt?: string;
  userId?: string | null;
}

export function Get3DModelByIdModelAssetsByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    ["meshUrl", "meshUrl", "o", "string"],
    ["name", "name", "on", "string"],
    ["updatedAt", "updatedAt", "o", "string"],
    ["userId", "userId", "on", "string"],
  ];
}

export interface Get3DModelByIdRequestBody {
  id?: string | null;
}

export function Get3DModelByIdRequestBody$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface Get3DModelByIdResponse {
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
  object?: Get3DModelByIdResponseBody | undefined;
}

export interface Get3DModelByIdResponseBody {
  /**
   * columns and relationships of "model_assets"
   */
  modelAssetsByPk?: Get3DModelByIdModelAssetsByPk | null;
}

export function Get3DModelByIdResponseBody$(): Fields {
  return [
    [
      "modelAssetsByPk",
      "model_assets_by_pk",
      "on",
      Get3DModelByIdModelAssetsByPk$,
    ],
  ];
}
