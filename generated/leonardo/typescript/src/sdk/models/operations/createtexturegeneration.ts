/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateTextureGenerationRequestBody {
  frontRotationOffset?: number | null;
  modelAssetId?: string;
  negativePrompt?: string | null;
  preview?: boolean | null;
  previewDirection?: string | null;
  prompt?: string;
  sdVersion?: string | null;
  seed?: number | null;
}

export function CreateTextureGenerationRequestBody$(): Fields {
  return [
    ["frontRotationOffset", "front_rotation_offset", "on", "integer"],
    ["modelAssetId", "modelAssetId", "o", "string"],
    ["negativePrompt", "negative_prompt", "on", "string"],
    ["preview", "preview", "on", "boolean"],
    ["previewDirection", "preview_direction", "on", "string"],
    ["prompt", "prompt", "o", "string"],
    ["sdVersion", "sd_version", "on", "string"],
    ["seed", "seed", "on", "integer"],
  ];
}

export interface CreateTextureGenerationResponse {
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
  object?: CreateTextureGenerationResponseBody | undefined;
}

export interface CreateTextureGenerationResponseBody {
  textureGenerationJob?: CreateTextureGenerationTextureGenerationJob | null;
}

export function CreateTextureGenerationResponseBody$(): Fields {
  return [
    [
      "textureGenerationJob",
      "textureGenerationJob",
      "on",
      CreateTextureGenerationTextureGenerationJob$,
    ],
  ];
}

export interface CreateTextureGenerationTextureGenerationJob {
  id?: string;
  /**
   * API Credits Cost for Texture Generation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateTextureGenerationTextureGenerationJob$(): Fields {
  return [
    ["id", "id", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
