/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "model_asset_texture_generations"
 */
export interface DeleteTextureGenerationByIdDeleteModelAssetTextureGenerationsByPk {
  id?: string | null;
}

export function DeleteTextureGenerationByIdDeleteModelAssetTextureGenerationsByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteTextureGenerationByIdRequestBody {
  id?: string | null;
}

export function DeleteTextureGenerationByIdRequestBody$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteTextureGenerationByIdResponse {
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
  object?: DeleteTextureGenerationByIdResponseBody | undefined;
}

export interface DeleteTextureGenerationByIdResponseBody {
  /**
   * columns and relationships of "model_asset_texture_generations"
   */
  deleteModelAssetTextureGenerationsByPk?: DeleteTextureGenerationByIdDeleteModelAssetTextureGenerationsByPk | null;
}

export function DeleteTextureGenerationByIdResponseBody$(): Fields {
  return [
    [
      "deleteModelAssetTextureGenerationsByPk",
      "delete_model_asset_texture_generations_by_pk",
      "on",
      DeleteTextureGenerationByIdDeleteModelAssetTextureGenerationsByPk$,
    ],
  ];
}
