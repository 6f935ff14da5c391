/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "model_assets"
 */
export interface Delete3DModelByIdDeleteModelAssetsByPk {
  id?: string | null;
}

export function Delete3DModelByIdDeleteModelAssetsByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface Delete3DModelByIdRequestBody {
  id?: string | null;
}

export function Delete3DModelByIdRequestBody$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface Delete3DModelByIdResponse {
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
  object?: Delete3DModelByIdResponseBody | undefined;
}

export interface Delete3DModelByIdResponseBody {
  /**
   * columns and relationships of "model_assets"
   */
  deleteModelAssetsByPk?: Delete3DModelByIdDeleteModelAssetsByPk | null;
}

export function Delete3DModelByIdResponseBody$(): Fields {
  return [
    [
      "deleteModelAssetsByPk",
      "delete_model_assets_by_pk",
      "on",
      Delete3DModelByIdDeleteModelAssetsByPk$,
    ],
  ];
}
