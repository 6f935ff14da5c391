/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { JobStatus$, type JobStatus } from "../shared/jobstatus.js";
import {
  ModelAssetTextureImage$,
  type ModelAssetTextureImage,
} from "../shared/modelassettextureimage.js";

/**
 * columns and relationships of "model_asset_texture_generations"
 */
export interface GetTextureGenerationByIdModelAssetTextureGenerationsByPk {
  createdAt?: string;
  id?: string | null;
  modelAssetTextureImages?: Array<ModelAssetTextureImage>;
  negativePrompt?: string | null;
  prompt?: string;
  seed?: number | null;
  /**
   * The status of the current task.
   */
  status?: JobStatus;
}

export function GetTextureGenerationByIdModelAssetTextureGenerationsByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    [
      "modelAssetTextureImages",
      "model_asset_texture_images",
      "oa",
      ModelAssetTextureImage$,
    ],
    ["negativePrompt", "negativePrompt", "on", "string"],
    ["prompt", "prompt", "o", "string"],
    ["seed", "seed", "on", "integer"],
    ["status", "status", "o", JobStatus$],
  ];
}

export interface GetTextureGenerationByIdRequestBody {
  id?: string | null;
}

export function GetTextureGenerationByIdRequestBody$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface GetTextureGenerationByIdResponse {
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
  object?: GetTextureGenerationByIdResponseBody | undefined;
}

export interface GetTextureGenerationByIdResponseBody {
  /**
   * columns and relationships of "model_asset_texture_generations"
   */
  modelAssetTextureGenerationsByPk?: GetTextureGenerationByIdModelAssetTextureGenerationsByPk | null;
}

export function GetTextureGenerationByIdResponseBody$(): Fields {
  return [
    [
      "modelAssetTextureGenerationsByPk",
      "model_asset_texture_generations_by_pk",
      "on",
      GetTextureGenerationByIdModelAssetTextureGenerationsByPk$,
    ],
  ];
}
