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
export interface GetTextureGenerationsByModelIdModelAssetTextureGenerations {
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

export function GetTextureGenerationsByModelIdModelAssetTextureGenerations$(): Fields {
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

export interface GetTextureGenerationsByModelIdRequestBody {
  limit?: number | null;
  modelId?: string | null;
  offset?: number | null;
}

export function GetTextureGenerationsByModelIdRequestBody$(): Fields {
  return [
    ["limit", "limit", "on", "integer"],
    ["modelId", "modelId", "on", "string"],
    ["offset", "offset", "on", "integer"],
  ];
}

export interface GetTextureGenerationsByModelIdResponse {
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
  object?: GetTextureGenerationsByModelIdResponseBody | undefined;
}

export interface GetTextureGenerationsByModelIdResponseBody {
  modelAssetTextureGenerations?: Array<GetTextureGenerationsByModelIdModelAssetTextureGenerations>;
}

export function GetTextureGenerationsByModelIdResponseBody$(): Fields {
  return [
    [
      "modelAssetTextureGenerations",
      "model_asset_texture_generations",
      "oa",
      GetTextureGenerationsByModelIdModelAssetTextureGenerations$,
    ],
  ];
}
