/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Get3DModelsByUserIdModelAssets {
  modelFields?: string;
  class?: string;
  typename?: string;
  motionMP4URL?: string;
}

export function Get3DModelsByUserIdModelAssets$(): Fields {
  return [
    ["modelFields", "modelFields", "o", "string"],
    ["class", "class", "o", "string"],
    ["typename", "__typename", "o", "string"],
    ["motionMP4URL", "motionMP4URL", "o", "string"],
  ];
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
